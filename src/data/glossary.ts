/**
 * An English glossary of livelihood terms, for indicators made from an article's own words
 * (not the lexicon's): data, read by english-name.ts when a dataset is built. A subject gets
 * English only when the glossary covers it WHOLE: a term, a term with a known gloss in
 * brackets (`社区卫生服务站（达到基本标准）`), or a known pattern around a term (`新增供热能力`,
 * `…覆盖率`). Never word by word: a wrong English name is worse than none, and a subject the
 * glossary does not cover keeps its Chinese (charts name it "<Category>: <the article's words>").
 *
 * Terms are grouped by the quantity they count (`quantityOf` in units.ts: things, people, …),
 * so that a term never names a figure of another quantity: `试点村` names 18个 (villages), not
 * the 3.4万人 living in them. Terms are whole names, lower case unless a proper noun (the
 * name's first letter is raised when used), in British spelling as the lexicon's are.
 * Bare words that only say where or who (`社区`, `行政村`, `群众`, `居民`, `家庭`) are no
 * terms: as a whole subject they are a fragment of a clause, not what a figure counts; nor
 * are bare kinds of school (`幼儿园`, `中小学`), which a subject often keeps from a longer list
 * (`新建改扩建中小学、幼儿园10所`: 幼儿园), while what was done to them is lost.
 */

/** Whole terms by the quantity they count. */
export const TERMS: { readonly [quantity: string]: Readonly<Record<string, string>> } = {
  things: {
    // Health
    村卫生室: 'village clinics',
    社区卫生服务站: 'community health service stations',
    社区卫生服务中心: 'community health service centres',
    乡镇卫生院: 'township health centres',
    乡级基层卫生医疗机构: 'township-level primary care institutions',
    基层医疗卫生机构: 'primary care institutions',
    社区医院: 'community hospitals',
    国医堂: 'traditional Chinese medicine clinics',
    高水平国医堂: 'high-standard traditional Chinese medicine clinics',
    中医高级职称专家团队: 'teams of senior traditional Chinese medicine experts',
    中医适宜技术: 'appropriate traditional Chinese medicine techniques',
    家庭医生团队: 'family doctor teams',
    国家区域医疗中心: 'national regional medical centres',
    国家级健康促进示范县: 'national health promotion model counties',
    省级健康促进示范县: 'provincial health promotion model counties',
    省级健康促进医院: 'provincial health-promoting hospitals',
    互联网医院: 'internet hospitals',
    医疗卫生机构: 'medical and health institutions',
    专业公共卫生机构: 'specialised public health institutions',
    医疗卫生机构实有床位: 'beds in medical and health institutions',
    // Elderly care
    养老机构: 'elderly care institutions',
    养老床位: 'elderly care beds',
    护理型床位: 'nursing beds',
    老年助餐点: 'elderly meal points',
    社区食堂: 'community canteens',
    县区级养老服务指导中心: 'county-level elderly care guidance centres',
    乡镇区域养老服务中心: 'township regional elderly care centres',
    乡镇级养老服务中心: 'township elderly care centres',
    街道级居家社区养老综合服务中心: 'sub-district home and community elderly care centres',
    偏远村庄便利服务点: 'convenience service points in remote villages',
    老年文化活动: 'cultural events for older people',
    规范性文件: 'policy documents',
    养老服务机构: 'elderly care service institutions',
    养老服务综合体: 'elderly care complexes',
    社区养老服务综合体: 'community elderly care complexes',
    居家养老服务照料中心: 'home-based elderly care centres',
    社区养老服务站: 'community elderly care stations',
    嵌入式养老服务站: 'community-embedded elderly care stations',
    社区嵌入式养老服务站: 'community-embedded elderly care stations',
    村级互助养老点: 'village mutual-aid elderly care points',
    长者食堂: 'canteens for older people',
    认知障碍照护床位: 'dementia care beds',
    // Education and childcare
    公办幼儿园: 'public kindergartens',
    普惠性幼儿园: 'affordable kindergartens',
    普惠性民办幼儿园: 'affordable private kindergartens',
    普惠性学位: 'affordable preschool places',
    义务教育学校新改扩建项目: 'projects to build, rebuild or expand compulsory-education schools',
    公办幼儿园新改扩建项目: 'projects to build, rebuild or expand public kindergartens',
    研学实践基地: 'study-tour bases',
    实践课程: 'practical courses',
    区域性主题路线: 'regional themed routes',
    婴幼儿照护试点: 'infant and toddler care pilots',
    托育机构: 'childcare institutions',
    普惠托位: 'affordable childcare places',
    普惠性托位: 'affordable childcare places',
    公办托育园: 'public childcare centres',
    嵌入式托育点: 'community-embedded childcare points',
    社区嵌入式托育点: 'community-embedded childcare points',
    示范性托育机构: 'model childcare institutions',
    托育综合服务中心: 'comprehensive childcare service centres',
    普通小学: 'primary schools',
    初中学校: 'junior secondary schools',
    普通高中: 'general senior high schools',
    中等职业教育学校: 'secondary vocational schools',
    普通高等学校: 'higher education institutions',
    特殊教育学校: 'special education schools',
    义务教育学位: 'compulsory-education school places',
    学前教育学位: 'preschool places',
    研学课程: 'study-tour courses',
    // Employment
    零工驿站: 'gig-work stations',
    零工市场: 'gig-work markets',
    招聘单位: 'recruiting employers',
    家门口就业服务站: 'neighbourhood employment service stations',
    就业帮扶车间: 'employment assistance workshops',
    品牌招聘活动: 'branded recruitment events',
    // Poverty alleviation and resettlement
    集中安置区: 'centralised resettlement sites',
    '市、县防贫中心': 'city and county poverty-prevention centres',
    乡镇防贫工作站: 'township poverty-prevention stations',
    村防贫站点: 'village poverty-prevention points',
    帮扶项目: 'assistance projects',
    // Urban renewal
    便民市场: 'convenience markets',
    农贸市场: "farmers' markets",
    社区便民服务中心: 'community convenience service centres',
    城中村改造试点项目: 'urban-village redevelopment pilot projects',
    口袋公园: 'pocket parks',
    城市书房: 'city reading rooms',
    联络组: 'liaison groups',
    健身路径: 'fitness trails',
    村级文化活动广场: 'village cultural squares',
    智能客服坐席: 'smart customer-service seats',
    // Digital services
    上线服务: 'services put online',
    服务事项: 'services',
  },
  people: {
    注册用户: 'registered users',
    日活用户: 'daily active users',
    网格员: 'grid workers',
    专家长期驻点: 'experts stationed long-term',
    农村劳动力转移就业: 'rural workers moved into off-farm jobs',
    职高考生: 'vocational high school examinees',
    考上本科院校: 'students admitted to undergraduate programmes',
    职高考生考上本科院校: 'vocational high school examinees admitted to undergraduate programmes',
    专任教师: 'full-time teachers',
    托育从业人员: 'childcare workers',
    持证养老护理员: 'certified elderly carers',
    话务员: 'call operators',
    高技能人才: 'highly skilled workers',
    公办园在园幼儿: 'children in public kindergartens',
    幼儿园在园幼儿: 'children enrolled in kindergartens',
  },
  percent: {
    清洁取暖率: 'clean heating rate',
    城区清洁取暖率: 'clean heating rate in the urban area',
    县域内就诊率: 'in-county treatment rate',
    普高本科上线率: 'share of general high school students reaching the undergraduate cut-off',
    低收入人口参保率: 'insurance enrolment rate of low-income people',
    城镇登记失业率: 'registered urban unemployment rate',
    城镇调查失业率: 'surveyed urban unemployment rate',
    学前三年毛入园率: 'three-year preschool gross enrolment rate',
    学前教育毛入园率: 'preschool gross enrolment rate',
    高中阶段毛入学率: 'senior secondary gross enrolment rate',
    九年义务教育巩固率: 'nine-year compulsory education retention rate',
    食品抽检合格率: 'food sampling pass rate',
  },
  money: {
    稳岗返还资金: 'job-retention refunds',
    争取上级资金: 'funds secured from higher levels of government',
    保教费: 'kindergarten fees',
    育儿补贴: 'childcare subsidies',
    高龄津贴: 'old-age allowances',
    创业担保贷款: 'business start-up guaranteed loans',
    老年助餐补贴资金: 'meal subsidies for older people',
  },
  length: {
    老旧燃气管网: 'old gas pipes',
    燃气管网: 'gas pipes',
    供水管网: 'water supply pipes',
    污水管网: 'sewage pipes',
    农村公路提质改造: 'rural roads upgraded',
  },
  area: {
    供热能力: 'heating capacity',
    拆除私搭乱建: 'unauthorised structures demolished',
  },
  weight: {
    清理垃圾: 'rubbish cleared',
  },
  visits: {
    职业技能培训: 'vocational skills training',
    补贴性职业技能培训: 'subsidised vocational skills training',
    上门探访独居老人: 'home visits to older people living alone',
    助餐服务: 'meal services',
  },
};

/**
 * Glosses the pipeline puts in brackets after what is counted (attribute.ts): what the
 * things met or what was done to them. `X（gloss）` is named "X (gloss)".
 */
export const GLOSSES: Readonly<Record<string, string>> = {
  达到基本标准: 'meeting the basic standard',
  达到推荐标准: 'meeting the recommended standard',
  已完工: 'completed',
  一体化管理: 'under integrated management',
  规划目标: 'plan target',
  // (其中6家已竣工试营业: those of them open, on trial.)
  已竣工试营业: 'opened for trial operation',
  // States a plan's things are to reach, or a bare verb says they reached (extract.ts STATE_END, STATE_REACHED).
  开工: 'work started',
  完工: 'completed',
  竣工: 'completed',
  建成: 'built',
  建成投用: 'built and in use',
};

/**
 * Patterns around a term: `$` in `en` is the term's English. `inner` is the quantity the term
 * must count (`same`: the subject's own, as for 新增供热能力 in 平方米); `outer`, when given,
 * the subject's (a coverage rate is a percentage of things that stand).
 */
export interface GlossaryPattern {
  zh: RegExp;
  en: string;
  inner: string;
  outer?: string;
}

export const PATTERNS: readonly GlossaryPattern[] = [
  { zh: /^新增(.+)$/u, en: '$ added', inner: 'same' },
  { zh: /^新建(.+)$/u, en: '$ built', inner: 'same' },
  // Work done on things that stood (attribute.ts WORKED_ON): 改造老旧燃气管网 are pipes renovated, not all old pipes.
  { zh: /^新建和改造(?:提升)?(.+)$/u, en: '$ built or renovated', inner: 'same' },
  { zh: /^(?:改造提升|提升改造|提质改造|升级改造|改造)(.+)$/u, en: '$ renovated', inner: 'same' },
  { zh: /^更换(.+)$/u, en: '$ replaced', inner: 'same' },
  { zh: /^发放(.+)$/u, en: '$ disbursed', inner: 'same', outer: 'money' },
  { zh: /^(.+)覆盖率$/u, en: 'coverage of $', inner: 'things', outer: 'percent' },
  { zh: /^(.+)占比$/u, en: 'share of $', inner: 'things', outer: 'percent' },
  { zh: /^(.+)占比$/u, en: 'share of $', inner: 'people', outer: 'percent' },
  { zh: /^(.+)投入$/u, en: 'investment in $', inner: 'things', outer: 'money' },
  // Those enrolled in schools or kindergartens of a kind (普通小学在校学生, 幼儿园在园幼儿).
  { zh: /^(.+)在校学生$/u, en: 'students enrolled in $', inner: 'things', outer: 'people' },
  { zh: /^(.+)在园幼儿$/u, en: 'children enrolled in $', inner: 'things', outer: 'people' },
];
