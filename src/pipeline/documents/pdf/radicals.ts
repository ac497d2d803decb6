// PDF producers that reverse-map glyphs to text (Chromium/Skia, many
// government systems) pick the lowest code point a CJK font maps to a glyph,
// so 黄 comes out as the radical ⻩ (U+2EE9), 人 as ⼈ (U+2F08), 户 as ⼾. The
// text is then unreadable to every matcher. Unicode's compatibility mapping
// (NFKC) of the Kangxi radicals gives traditional forms (⼾ → 戶), and the CJK
// Radicals Supplement has none; so the twins are listed here: every radical
// that Noto Sans CJK SC draws with the glyph of an ideograph (read from the
// font's cmap, as Unicode's EquivalentUnifiedIdeograph.txt pairs them). pdf.js
// is asked not to normalise text (it would apply NFKC); compatibility
// ideographs and Latin ligatures get NFKC here.
const RADICALS = '⺂⺃⺅⺉⺋⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺭⺯⺰⺱⺳⺹⺺⺾⻂⻅⻆⻈⻉⻋⻌⻐⻑⻒⻓⻔⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻮⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇⿈⿉⿊⿋⿌⿍⿎⿏⿑⿒⿓⿕';
const UNIFIED = '乛乚亻刂㔾尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭礻糹纟罓㓁耂肀艹衤见角讠贝车辶钅長镸长门阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐齿竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彡彳心戈户手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠齊齒龍龠';

const TWIN = new Map<string, string>();
{
	const a = [...RADICALS];
	const b = [...UNIFIED];
	for (let i = 0; i < a.length; i++) TWIN.set(a[i], b[i]);
}

/** Replaces radical and compatibility code points by the ideographs they stand for; nothing else changes. */
export function unifyIdeographs(text: string): string {
	return text.replace(/[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb4f]/g, (c) => TWIN.get(c) ?? (c >= '\uf900' ? c.normalize('NFKC') : c));
}
