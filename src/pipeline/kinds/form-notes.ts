// The notes every form prints around its table (附件2, 单位：万元, 填报人, 备注 …):
// prose, not data. One list for every kind parser, so that they cannot drift.
// Matched against a label key: half-width, no whitespace, no trailing colon.
export const FORM_NOTE =
	/^(?:附件\s*[\d一二三四五六七八九十]*|附表\s*[\d一二三四五六七八九十]*|表\s*[\d一二三四五六七八九十]+|填报单位|编制单位|金额单位|[(（]?单位[:：]|[(（]?单位[:：]?(?:万元|元)[)）]?|注[:：]|备注|说明[:：]|填报人|填表人|联系人|联系电话|审核人|负责人|填报日期|日期[:：])/;
