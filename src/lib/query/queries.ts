// The named queries of every page, one .sql file each, shared by the
// build-time engine (prerender) and DuckDB-WASM (filters in the browser).
import allDistricts from '../../sql/queries/all-districts.sql?raw';
import allUnits from '../../sql/queries/all-units.sql?raw';
import compareEntities from '../../sql/queries/compare-entities.sql?raw';
import compareFamilies from '../../sql/queries/compare-families.sql?raw';
import compareIndicators from '../../sql/queries/compare-indicators.sql?raw';
import compareYears from '../../sql/queries/compare-years.sql?raw';
import coverageDistricts from '../../sql/queries/coverage-districts.sql?raw';
import coverageDocuments from '../../sql/queries/coverage-documents.sql?raw';
import coverageHeadline from '../../sql/queries/coverage-headline.sql?raw';
import coverageUnits from '../../sql/queries/coverage-units.sql?raw';
import overviewExecutionDistribution from '../../sql/queries/overview-execution-distribution.sql?raw';
import districtInfo from '../../sql/queries/district-info.sql?raw';
import districtUnits from '../../sql/queries/district-units.sql?raw';
import districtYears from '../../sql/queries/district-years.sql?raw';
import explorerExport from '../../sql/queries/explorer-export.sql?raw';
import explorerFamily from '../../sql/queries/explorer-family.sql?raw';
import explorerFamilyOutliers from '../../sql/queries/explorer-family-outliers.sql?raw';
import explorerOptions from '../../sql/queries/explorer-options.sql?raw';
import explorerRows from '../../sql/queries/explorer-rows.sql?raw';
import explorerSummary from '../../sql/queries/explorer-summary.sql?raw';
import trendsDistricts from '../../sql/queries/trends-districts.sql?raw';
import trendsMovers from '../../sql/queries/trends-movers.sql?raw';
import trendsOutliers from '../../sql/queries/trends-outliers.sql?raw';
import trendsUnitOptions from '../../sql/queries/trends-unit-options.sql?raw';
import trendsUnits from '../../sql/queries/trends-units.sql?raw';
import filterOptions from '../../sql/queries/filter-options.sql?raw';
import methodologyBudgetLine from '../../sql/queries/methodology-budget-line.sql?raw';
import methodologyIndicator from '../../sql/queries/methodology-indicator.sql?raw';
import methodologyOutliers from '../../sql/queries/methodology-outliers.sql?raw';
import methodologyRowFlags from '../../sql/queries/methodology-row-flags.sql?raw';
import methodologyUnitExample from '../../sql/queries/methodology-unit-example.sql?raw';
import methodologyYearSum from '../../sql/queries/methodology-year-sum.sql?raw';
import overviewAttainmentHeatmap from '../../sql/queries/overview-attainment-heatmap.sql?raw';
import overviewBudgetScatter from '../../sql/queries/overview-budget-scatter.sql?raw';
import overviewDistricts from '../../sql/queries/overview-districts.sql?raw';
import overviewExecutionRanking from '../../sql/queries/overview-execution-ranking.sql?raw';
import overviewHeadline from '../../sql/queries/overview-headline.sql?raw';
import overviewStandouts from '../../sql/queries/overview-standouts.sql?raw';
import qualityCounts from '../../sql/queries/quality-counts.sql?raw';
import qualityCoverage from '../../sql/queries/quality-coverage.sql?raw';
import qualityFlags from '../../sql/queries/quality-flags.sql?raw';
import sitemapDocuments from '../../sql/queries/sitemap-documents.sql?raw';
import sourceFlags from '../../sql/queries/source-flags.sql?raw';
import sourceLines from '../../sql/queries/source-lines.sql?raw';
import sourcesIndex from '../../sql/queries/sources-index.sql?raw';
import unitBudgets from '../../sql/queries/unit-budgets.sql?raw';
import unitDocuments from '../../sql/queries/unit-documents.sql?raw';
import unitFlags from '../../sql/queries/unit-flags.sql?raw';
import unitIndicators from '../../sql/queries/unit-indicators.sql?raw';
import unitInfo from '../../sql/queries/unit-info.sql?raw';
import unitProfile from '../../sql/queries/unit-profile.sql?raw';
import unitTasks from '../../sql/queries/unit-tasks.sql?raw';

export const QUERIES = {
	allDistricts,
	allUnits,
	compareEntities,
	compareFamilies,
	compareIndicators,
	compareYears,
	coverageDistricts,
	coverageDocuments,
	coverageHeadline,
	coverageUnits,
	districtInfo,
	districtUnits,
	districtYears,
	explorerExport,
	explorerFamily,
	explorerFamilyOutliers,
	explorerOptions,
	explorerRows,
	explorerSummary,
	trendsDistricts,
	trendsMovers,
	trendsOutliers,
	trendsUnitOptions,
	trendsUnits,
	filterOptions,
	methodologyBudgetLine,
	methodologyIndicator,
	methodologyOutliers,
	methodologyRowFlags,
	methodologyUnitExample,
	methodologyYearSum,
	overviewAttainmentHeatmap,
	overviewBudgetScatter,
	overviewDistricts,
	overviewExecutionDistribution,
	overviewExecutionRanking,
	overviewHeadline,
	overviewStandouts,
	qualityCounts,
	qualityCoverage,
	qualityFlags,
	sitemapDocuments,
	sourceFlags,
	sourceLines,
	sourcesIndex,
	unitBudgets,
	unitDocuments,
	unitFlags,
	unitIndicators,
	unitInfo,
	unitProfile,
	unitTasks
} as const;

export type QueryName = keyof typeof QUERIES;

/** Tables the overview's queries read (the browser loads only these). */
export const OVERVIEW_TABLES = ['districts', 'units', 'documents', 'budgets', 'indicators', 'quality_flags'];
