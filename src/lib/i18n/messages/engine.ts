// Messages of engine: the browser query engine (DuckDB-WASM) and the loading
// of the published tables into it, as the status pill (EngineStatus.svelte)
// and error messages show them. DuckDB's own error messages stay as DuckDB
// writes them (English).
import type { Translation } from './shape.ts';

export const zh = {
	loadingEngine: '正在加载查询引擎…',
	ready: '查询引擎已就绪',
	engineFailed: '查询引擎加载失败',
	stopped: '查询引擎已停止',
	restarted: '查询超出浏览器可用内存，查询引擎已重启。数据表已重新加载，可以继续查询（本标签页的临时表已清空）。',
	restarting: '查询超出浏览器可用内存，查询引擎已重启，正在重新加载数据…',
	noWorker: '此浏览器不支持 Web Worker 或 WebAssembly',
	workerFailed: '查询引擎工作线程加载失败',
	workerFailedWith: '查询引擎工作线程加载失败：{cause}',
	noWasmExceptions: '此浏览器不支持 WebAssembly 异常处理，兼容版查询引擎无法执行该语句，请使用较新的浏览器',
	wasmHttp: '引擎文件下载失败（HTTP {status}）',
	wasmPartHttp: '引擎文件分片 {part} 下载失败（HTTP {status}）',
	wasmIncomplete: '引擎文件不完整：收到 {loaded} 字节，应为 {expected} 字节',
	loadingTable: '正在加载数据表：{name}（{rows, plural, other {# 行}}）',
	tableFailed: '数据表 {name} 加载失败',
	viewsFailed: '指标视图创建失败',
	manifestFailed: '数据清单加载失败',
	manifestHttp: 'manifest.json 下载失败（HTTP {status}）',
	noSuchTable: '数据集中没有数据表 {name}',
	fileHttp: '文件下载失败（HTTP {status}）',
	decoderFailed: '数据解码线程出错',
	decoderFailedWith: '数据解码线程出错：{cause}',
	/** EngineStatus.svelte */
	status: {
		errorWith: '{message}：{error}',
		retry: '重试',
		retrying: '正在重试…',
		progress: '加载进度'
	},
	/** Busy.svelte: the elapsed time after the text, common.ui.elapsed inside. */
	elapsedAside: '（{elapsed}）'
} as const;

export const en: Translation<typeof zh> = {
	loadingEngine: 'Loading the query engine…',
	ready: 'Query engine ready',
	engineFailed: 'The query engine failed to load',
	stopped: 'The query engine has stopped',
	restarted: 'The query needed more memory than the browser allows; the query engine has been restarted. The tables are loaded again and you can go on (this tab’s temp tables are gone).',
	restarting: 'The query needed more memory than the browser allows; the query engine has been restarted and is reloading the data…',
	noWorker: 'This browser supports neither Web Workers nor WebAssembly',
	workerFailed: 'The query engine’s worker failed to load',
	workerFailedWith: 'The query engine’s worker failed to load: {cause}',
	noWasmExceptions:
		'This browser does not support WebAssembly exception handling, so the compatibility build of the query engine cannot run this statement; please use a newer browser',
	wasmHttp: 'Download of the engine file failed (HTTP {status})',
	wasmPartHttp: 'Download of engine file part {part} failed (HTTP {status})',
	wasmIncomplete: 'Engine file incomplete: received {loaded} bytes, expected {expected}',
	loadingTable: 'Loading table {name} ({rows, plural, one {# row} other {# rows}})',
	tableFailed: 'Table {name} failed to load',
	viewsFailed: 'Creating the indicator views failed',
	manifestFailed: 'The dataset manifest failed to load',
	manifestHttp: 'Download of manifest.json failed (HTTP {status})',
	noSuchTable: 'The dataset has no table {name}',
	fileHttp: 'File download failed (HTTP {status})',
	decoderFailed: 'The data decoding worker failed',
	decoderFailedWith: 'The data decoding worker failed: {cause}',
	status: {
		errorWith: '{message}: {error}',
		retry: 'Retry',
		retrying: 'Retrying…',
		progress: 'Loading progress'
	},
	elapsedAside: ' ({elapsed})'
};
