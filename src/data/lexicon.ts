/**
 * What the pipeline knows by name: categories, canonical indicators (so that the same
 * thing in two articles lands on one id) and the places the seeds name.
 *
 * An indicator entry matches when its `clause` pattern matches the clause around a
 * figure (and `sentence`, when given, the figure's paragraph) and the figure's unit is
 * one of `units`. Entries are tried in order, so specific ones come first. A figure no
 * entry matches keeps an indicator made from its own subject (see attribute.ts).
 */
import type { Category, IndicatorKind, LocalizedName, Measure, Region } from './types.js';

export const CATEGORIES: Category[] = [
  { id: 'education', name: { zh: '教育', en: 'Education' } },
  { id: 'health', name: { zh: '医疗卫生', en: 'Health' } },
  { id: 'housing', name: { zh: '住房', en: 'Housing' } },
  { id: 'elderly_care', name: { zh: '养老', en: 'Elderly care' } },
  { id: 'employment', name: { zh: '就业', en: 'Employment' } },
  { id: 'income', name: { zh: '收入', en: 'Income' } },
  { id: 'childcare', name: { zh: '托育', en: 'Childcare' } },
  { id: 'social_security', name: { zh: '社会保障', en: 'Social security' } },
  { id: 'poverty_alleviation', name: { zh: '脱贫与乡村振兴', en: 'Poverty alleviation' } },
  { id: 'urban_renewal', name: { zh: '城市更新', en: 'Urban renewal' } },
  { id: 'culture_sports', name: { zh: '文化体育', en: 'Culture and sports' } },
  { id: 'digital_services', name: { zh: '数字服务', en: 'Digital services' } },
  { id: 'other', name: { zh: '其他', en: 'Other' } },
];

/**
 * Indicator ids the pipeline once gave figures it now files under another id, old → new:
 * a build writes each whose new id its dataset holds and whose old id it does not (aliases.ts,
 * the dataset's `aliases`), so a page that named the old id still draws. An entry is added
 * where every figure of an old id moved to one new id (a rename, not a split). Each costs the
 * embedded dataset about 30 bytes gzip.
 */
export const RENAMED_INDICATORS: Readonly<Record<string, string>> = {
  // A share of the wider region's total (占我区31.8%), not a share of anything (session 14).
  'new_urban_jobs.share': 'new_urban_jobs.share_of_wider_region',
  // 覆盖242个乡镇卫生院…的紧密型县域医共体: the centres a network covers, not all there are (QA s12 C8).
  township_health_centres: 'health:乡镇卫生院（紧密型县域医共体覆盖）:个',
  // 便民市场 named with what the sentence says was done to them, not its verbs run together (QA s12b A2).
  'urban_renewal:便民市场已竣工试营业:家': 'urban_renewal:新建和改造提升便民市场:家',
  'urban_renewal:便民市场已竣工试营业正在加紧施工:家': 'urban_renewal:新建和改造提升便民市场:家',
};

/** Keywords that place an uncatalogued figure in a category, tried in this order. */
export const CATEGORY_KEYWORDS: ReadonlyArray<readonly [string, RegExp]> = [
  // Paired assistance (东西部协作): its money, labour and sales help the partner out of poverty, whatever school or
  // clinic its sentence also names (a hospital's 对口帮扶 of a county hospital stays health).
  ['poverty_alleviation', /东西部(?:扶贫)?协作|对口支援|消费帮扶|财政援助|援助资金|劳务协作|协作项目|帮销|农特产品/u],
  ['digital_services', /APP|A P P|注册用户|点击量|日活|一网通办|自助服务机|自助一体机/u],
  // 完整社区 (the national programme of communities with every basic service) is urban renewal,
  // not the childcare or parking it lists among its services (缺项主要集中在…托育和停车设施);
  // a service its clause goes on to name is that service's (在完整社区中新建托育机构).
  ['urban_renewal', /完整社区(?![^，,；;。]*(?:托育|托位|婴幼儿|养老|老人|老年|助餐|医|卫生|学校|幼儿园|就业))/u],
  ['childcare', /托育|托位|婴幼儿|照护机构|托管/u],
  // Before elderly care: 养老保险 is insurance, not care.
  ['social_security', /社保|参保|低保|救助|残疾|兜底|留守儿童|保险/u],
  // Transport, water supply and the economy have no category of their own; not elderly care
  // because a paragraph names a bus pass for older people, nor education beside schools.
  ['other', /公交|客车|通车|供水|自来水|饮水|生产总值|GDP|一般公共预算/u],
  // Before elderly care too: a paragraph on health that names older people keeps its death rates in health.
  ['health', /死亡率|预期寿命|平均寿命|孕产妇|出院|住院/u],
  ['elderly_care', /养老|老人|老年|适老|助餐|幸福院|幸福小院|高龄|护理型床位|认知障碍/u],
  ['education', /学校|学位|幼儿园|幼儿|教育|学生|教师|中小学|高中|录取|入学|学前|课程|研学|本科|高考|学区|课桌椅|校/u],
  ['health', /医|卫生|健康|诊|疫苗|患者|护理|专家|病|救治/u],
  ['employment', /就业|失业|招聘|岗位|零工|培训|创业|劳动力|求职|劳动者|稳岗/u],
  ['income', /收入|工资/u],
  ['poverty_alleviation', /脱贫|返贫|防贫|扶贫|搬迁|乡村振兴|帮扶|空心村|安置区/u],
  ['housing', /住房|棚户|棚改|安置房|危房|租赁住房|购房|房/u],
  ['urban_renewal', /老旧小区|城中村|街巷|燃气|供热|公园|游园|停车|违章|绿化|垃圾|管网|城管|市场|便民|小区/u],
  ['culture_sports', /文化|体育|健身|球|赛事|文体|阅读|场馆|运动/u],
  ['digital_services', /数字|互联网|平台|在线|服务事项|办结/u],
  // The budget as a whole (民生支出占一般公共预算支出的比重) is no one field's figure.
  ['other', /民生支出|民生资金|民生投入|财政支出/u],
];

export interface IndicatorEntry {
  id: string;
  name: LocalizedName;
  category: string;
  /**
   * What may stand beside it in a chart of one place's figures: indicators of one family
   * count the same kind of thing in one unit (meal points, community centres and rural
   * stations are all elderly care facilities; a facility and a bed are not).
   */
  family: string;
  unit: string;
  kind: IndicatorKind;
  /**
   * What its figures measure: things that stand (facilities, beds, places, homes: `stock`,
   * their number at a date) or work done (renovations, jobs, schools built: `flow`, what a
   * period added). A figure of the other measure is filed under a measured indicator of its
   * own (attribute.ts, `measuredIndicator`). Absent for rates, ratios and per-head amounts.
   */
  measure?: Measure;
  clause: RegExp;
  sentence?: RegExp;
  /**
   * The clause before the figure's own must match too: 新建幼儿园29所,新增学位8000个
   * counts kindergarten places, though its own clause says only 学位 (and 改扩建中小学和
   * 幼儿园30所,新增学位2.4万个 counts school places).
   */
  lead?: RegExp;
  /**
   * The rest of the figure's clause must match: what was done to the things counted
   * (`3972所村卫生室、168所社区卫生服务站达到基本标准`: clinics meeting a standard, not clinics).
   */
  predicate?: RegExp;
  /**
   * Or the figure's own words up to the noun it counts say it (`完成村卫生室标准化建设150个`,
   * `新建标准化村卫生室24个`): work done, not facilities standing.
   */
  done?: RegExp;
  /** Units (as stored on observations) this entry accepts. */
  units: readonly string[];
}

/** Works whose absence a clause may state (`待改造`, `尚需整治`, `未建设`). */
const WORK = String.raw`(?:进行)?(?:改造|整治|提升|改建|改扩建|修缮|维修|加装|建设|新建|配建|实施|完成|开工)`;
/**
 * Work not yet done, before the figure: `待改造`, `尚需改造`, `仍需整治`, `未改造`, a relative
 * clause `需改造的…` / `需要改造的…`, a backlog `剩余`, `尚余`, `尚有`, `仍有`, or a shortfall `缺口`. (A bare `今年需改造
 * 老旧小区120个` is a task: work to do this year, counted as the work.)
 */
export const TO_DO_BEFORE = new RegExp(String.raw`(?:待|尚待|亟待|尚需要?|仍需要?|还需要?|亟需|未)${WORK}|需要?${WORK}的|剩余|尚余|尚有|仍有|缺口`, 'u');
/** …or after it, of the things counted: `还有133个小区需要改造`, `300户待改造`, a shortfall `约5900个托位的缺口`. */
export const TO_DO_AFTER = new RegExp(String.raw`^[^，,；;。]*?(?:(?:需要?|待|未)${WORK}|缺口)`, 'u');

const COUNT = ['个', '所', '家', '处', '座'];
/** Places added by building, not affordable places counted anew (`新增普惠性学位`: private kindergartens accredited). */
const PLACES_ADDED = /(?:新增|增加)(?!普惠).{0,6}学位/u;

/** A standard reached (达到基本标准, 达标). */
const HEALTH_STANDARD = /达到.{0,10}标准|达标/u;
/** Building work done on facilities (同步进行了建设, 完成标准化改造, 提档升级). */
const HEALTH_WORKS = /进行了?(?:标准化)?建设|(?:完成|实施)了?(?:标准化)?改造|提档升级|改扩建/u;
/** The same work named in the figure's own clause: `村卫生室标准化建设`, `新建标准化村卫生室`, `乡镇卫生院标准化改造`. */
const HEALTH_DONE = /(?:标准化|规范化)(?:建设|改造)|新建|新改建|改扩建|提档升级|(?:改造|提升改造)(?=\p{Script=Han}{0,6}(?:卫生院|卫生室|卫生服务中心))/u;

export const INDICATORS: IndicatorEntry[] = [
  // Urban renewal and housing
  // Work on old compounds, not the compounds a city has (全市现有老旧小区1200个); those it has still to renovate
  // (待改造老旧小区300个) no entry holds (attribute.ts, TO_DO_BEFORE).
  { id: 'old_compounds_renovated', name: { zh: '老旧小区改造', en: 'Old residential compounds renovated' }, category: 'urban_renewal', family: 'old_compounds', unit: '个', kind: 'count', measure: 'flow', clause: /^(?!.*(?:现有|共有|拥有)).*老旧小区/u, units: ['个'] },
  { id: 'shantytown_projects', name: { zh: '棚户区改造项目', en: 'Shantytown redevelopment projects' }, category: 'housing', family: 'shantytown_projects', unit: '个', kind: 'count', measure: 'flow', clause: /棚户区改造/u, units: ['个'] },
  { id: 'shantytown_homes_started', name: { zh: '棚改安置房开工', en: 'Shantytown resettlement homes started' }, category: 'housing', family: 'shantytown_homes', unit: '套', kind: 'count', measure: 'flow', clause: /开工/u, sentence: /棚户区|棚改/u, units: ['套'] },
  { id: 'shantytown_homes_planned', name: { zh: '棚户区改造任务', en: 'Shantytown redevelopment homes planned' }, category: 'housing', family: 'shantytown_homes', unit: '套', kind: 'count', measure: 'flow', clause: /任务/u, sentence: /棚户区|棚改/u, units: ['套'] },
  { id: 'shantytown_homes_completed', name: { zh: '棚改安置房建成', en: 'Shantytown resettlement homes completed' }, category: 'housing', family: 'shantytown_homes', unit: '套', kind: 'count', measure: 'flow', clause: /建成|交付/u, sentence: /棚户区|棚改/u, units: ['套'] },
  { id: 'affordable_rental_homes', name: { zh: '保障性租赁住房', en: 'Affordable rental homes' }, category: 'housing', family: 'affordable_housing', unit: '套', kind: 'count', measure: 'stock', clause: /保障性租赁住房/u, units: ['套'] },
  { id: 'rural_dilapidated_homes_renovated', name: { zh: '农村危房改造', en: 'Rural dilapidated homes renovated' }, category: 'housing', family: 'rural_housing', unit: '户', kind: 'count', measure: 'flow', clause: /改造任务|危房/u, sentence: /危房/u, units: ['户'] },
  { id: 'elevators_added', name: { zh: '既有住宅加装电梯', en: 'Elevators added to existing buildings' }, category: 'urban_renewal', family: 'elevators', unit: '部', kind: 'count', measure: 'flow', clause: /加装电梯/u, units: ['部', '台'] },
  { id: 'parking_spaces', name: { zh: '停车泊位', en: 'Parking spaces' }, category: 'urban_renewal', family: 'parking_and_charging', unit: '个', kind: 'count', measure: 'stock', clause: /停车(?:泊)?位|泊位/u, units: ['个'] },
  { id: 'ev_chargers', name: { zh: '充电桩', en: 'EV charging points' }, category: 'urban_renewal', family: 'parking_and_charging', unit: '个', kind: 'count', measure: 'stock', clause: /充电桩/u, units: ['个', '台', '根'] },
  // 新建公园、游园在内的50余个…绿化项目: parks named before 的 are part of another count.
  { id: 'parks_built', name: { zh: '公园游园', en: 'Parks and pocket parks' }, category: 'urban_renewal', family: 'parks', unit: '个', kind: 'count', measure: 'flow', clause: /(?:公园|游园)(?![^,;]*的)/u, units: ['个', '座', '处'] },
  { id: 'greenways_built', name: { zh: '绿道', en: 'Greenways' }, category: 'urban_renewal', family: 'greenways', unit: '公里', kind: 'length', measure: 'flow', clause: /绿道/u, units: ['公里', '千米'] },
  { id: 'public_toilets', name: { zh: '公共厕所', en: 'Public toilets' }, category: 'urban_renewal', family: 'public_toilets', unit: '座', kind: 'count', measure: 'stock', clause: /公厕|公共厕所/u, units: ['座', '个', '处'] },
  { id: 'sports_venues_built', name: { zh: '球类运动场地', en: 'Ball-sports venues built' }, category: 'culture_sports', family: 'sports_venues', unit: '个', kind: 'count', measure: 'flow', clause: /球类运动场地|建成投用/u, sentence: /球类运动场地/u, units: ['个'] },
  // Elderly care
  { id: 'elderly_meal_points', name: { zh: '老年助餐点', en: 'Elderly meal points' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /助餐(?:服务)?点|老年食堂|长者食堂/u, units: ['个', '家', '处'] },
  { id: 'home_care_beds', name: { zh: '家庭养老床位', en: 'Home elderly-care beds' }, category: 'elderly_care', family: 'elderly_care_beds', unit: '张', kind: 'count', measure: 'stock', clause: /家庭养老床位/u, units: ['张', '个'] },
  // 完成家庭养老床位建设3800户: households given a bed at home, not beds (张): a measure of its own.
  { id: 'home_care_bed_households', name: { zh: '家庭养老床位建设户数', en: 'Households given a home elderly-care bed' }, category: 'elderly_care', family: 'home_care_bed_households', unit: '户', kind: 'count', measure: 'flow', clause: /家庭养老床位/u, units: ['户'] },
  { id: 'aging_friendly_renovations', name: { zh: '适老化改造', en: 'Aging-friendly home renovations' }, category: 'elderly_care', family: 'aging_friendly_renovations', unit: '户', kind: 'count', measure: 'flow', clause: /适老化改造/u, units: ['户'] },
  { id: 'elderly_care_institutions', name: { zh: '养老机构', en: 'Elderly care institutions' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /养老机构/u, units: COUNT },
  { id: 'elderly_care_institution_beds', name: { zh: '养老机构床位', en: 'Beds in elderly care institutions' }, category: 'elderly_care', family: 'elderly_care_beds', unit: '张', kind: 'count', measure: 'stock', clause: /床位/u, sentence: /养老机构/u, units: ['张'] },
  { id: 'community_elderly_care_centres', name: { zh: '社区养老服务中心', en: 'Community elderly care centres' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /居家社区养老服务中心/u, units: COUNT },
  // Day-care points (日间照料站点) are smaller than the service centres a city builds.
  { id: 'community_day_care_points', name: { zh: '社区日间照料站点', en: 'Community day-care points for the elderly' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /社区日间照料/u, units: COUNT },
  // Mutual-aid homes (villagers look after one another) are not the village service stations a network counts.
  { id: 'rural_mutual_aid_homes', name: { zh: '农村互助幸福院', en: 'Rural mutual-aid homes for the elderly' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /互助幸福院|幸福小院/u, units: COUNT },
  { id: 'rural_elderly_care_stations', name: { zh: '农村养老服务站点', en: 'Rural elderly care stations' }, category: 'elderly_care', family: 'elderly_care_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /村级养老服务|居家养老服务驿站/u, units: COUNT },
  // Education
  // Boarding places (寄宿制学位: a bed and a seat for a pupil from the countryside) are not school places in general.
  { id: 'new_boarding_places', name: { zh: '新增寄宿制学位', en: 'New boarding-school places' }, category: 'education', family: 'school_places', unit: '个', kind: 'count', measure: 'flow', clause: /(?:新增|增加)寄宿制学位/u, units: ['个'] },
  { id: 'new_kindergarten_places', name: { zh: '新增幼儿园学位', en: 'New kindergarten places' }, category: 'education', family: 'school_places', unit: '个', kind: 'count', measure: 'flow', clause: PLACES_ADDED, lead: /^(?!.*(?:中小学|学校)).*幼儿园/u, units: ['个'] },
  // 新建改扩建中小学12所,新增学位2.1万个: primary and secondary places, not all places (beside 新增幼儿园学位, a reader would sum them wrongly).
  { id: 'new_primary_secondary_places', name: { zh: '新增中小学学位', en: 'New primary and secondary school places' }, category: 'education', family: 'school_places', unit: '个', kind: 'count', measure: 'flow', clause: PLACES_ADDED, lead: /^(?!.*幼儿园).*中小学/u, units: ['个'] },
  { id: 'new_school_places', name: { zh: '新增学位', en: 'New school places' }, category: 'education', family: 'school_places', unit: '个', kind: 'count', measure: 'flow', clause: PLACES_ADDED, units: ['个'] },
  // Boarding schools built to bring rural pupils into towns are one kind of school, not schools in general.
  { id: 'boarding_schools_built', name: { zh: '新建改建寄宿制学校', en: 'Boarding schools built or rebuilt' }, category: 'education', family: 'schools_built', unit: '所', kind: 'count', measure: 'flow', clause: /寄宿制学校/u, units: ['所'] },
  // (新建、改扩建中小学和幼儿园20所: schools and kindergartens together, neither's measure; QA s13 B3.)
  { id: 'schools_built', name: { zh: '新建改扩建中小学', en: 'Schools built or expanded' }, category: 'education', family: 'schools_built', unit: '所', kind: 'count', measure: 'flow', clause: /(?:新建|改建|改扩建).{0,12}(?:学校|中小学)(?![^，,；;。\d]{0,2}幼儿园)/u, units: ['所'] },
  { id: 'kindergartens_built', name: { zh: '新建幼儿园', en: 'Kindergartens built' }, category: 'education', family: 'schools_built', unit: '所', kind: 'count', measure: 'flow', clause: /新建幼儿园/u, units: ['所'] },
  { id: 'education_spending', name: { zh: '教育投入', en: 'Education spending' }, category: 'education', family: 'education_spending', unit: '元', kind: 'amount', measure: 'flow', clause: /教育投入/u, units: ['元'] },
  // Employment
  { id: 'new_urban_jobs', name: { zh: '城镇新增就业', en: 'New urban jobs' }, category: 'employment', family: 'jobs', unit: '人', kind: 'count', measure: 'flow', clause: /城镇新增就业|新增城镇就业/u, units: ['人'] },
  { id: 'reemployed_unemployed', name: { zh: '失业人员再就业', en: 'Unemployed people re-employed' }, category: 'employment', family: 'jobs', unit: '人', kind: 'count', measure: 'flow', clause: /失业人员.*再就业/u, units: ['人'] },
  { id: 'hard_to_employ_placed', name: { zh: '就业困难人员实现就业', en: 'Hard-to-employ people placed in jobs' }, category: 'employment', family: 'jobs', unit: '人', kind: 'count', measure: 'flow', clause: /就业困难人员/u, units: ['人'] },
  { id: 'gig_markets', name: { zh: '零工市场', en: 'Gig-work markets' }, category: 'employment', family: 'gig_markets', unit: '个', kind: 'count', measure: 'stock', clause: /零工市场/u, units: ['个'] },
  // All job fairs, not a kind of them (超12场次品牌招聘活动, 专场招聘会): a part beside another city's whole misleads.
  { id: 'job_fairs', name: { zh: '招聘活动', en: 'Job fairs held' }, category: 'employment', family: 'job_fairs', unit: '场', kind: 'count', measure: 'flow', clause: /(?<!品牌|专场|直播|网络|线上|云)招聘/u, units: ['场', '场次'] },
  // Income
  { id: 'rural_disposable_income_per_capita', name: { zh: '农村居民人均可支配收入', en: 'Rural disposable income per capita' }, category: 'income', family: 'income', unit: '元', kind: 'per_capita', clause: /农村(?:常住)?居民(?:人均)?可支配收入/u, units: ['元'] },
  { id: 'urban_disposable_income_per_capita', name: { zh: '城镇居民人均可支配收入', en: 'Urban disposable income per capita' }, category: 'income', family: 'income', unit: '元', kind: 'per_capita', clause: /城镇(?:常住)?居民(?:人均)?可支配收入/u, units: ['元'] },
  { id: 'urban_rural_income_ratio', name: { zh: '城乡居民收入比', en: 'Urban–rural income ratio' }, category: 'income', family: 'urban_rural_income_ratio', unit: '', kind: 'ratio', clause: /城乡(?:居民)?(?:人均可支配)?收入(?:之)?(?:比|倍差)/u, units: [''] },
  // 城乡居民可支配收入突破5万元: a sum in 元 written without 人均 is still per head (a total is 亿元, 总额).
  { id: 'disposable_income_per_capita', name: { zh: '居民人均可支配收入', en: 'Disposable income per capita' }, category: 'income', family: 'income', unit: '元', kind: 'per_capita', clause: /人均可支配收入|(?:城乡|全体)?居民可支配收入(?!总)/u, units: ['元'] },
  // Health
  { id: 'medical_insurance_coverage', name: { zh: '医保参保率', en: 'Medical insurance coverage' }, category: 'social_security', family: 'medical_insurance_coverage', unit: '%', kind: 'rate', clause: /整体医保参保率|医保参保率/u, units: ['%'] },
  { id: 'medical_insurance_enrolled', name: { zh: '基本医疗保险参保人数', en: 'People enrolled in basic medical insurance' }, category: 'social_security', family: 'medical_insurance_enrolled', unit: '人', kind: 'count', measure: 'stock', clause: /(?:医保|医疗保险).{0,6}参保|参加.{0,8}医疗保险/u, units: ['人'] },
  // A national indicator of primary care: 65岁以上 is part of its name, never an earlier figure.
  { id: 'elderly_health_management_rate', name: { zh: '65岁以上老年人健康管理率', en: 'Health management rate, people aged 65+' }, category: 'health', family: 'elderly_health_management', unit: '%', kind: 'rate', clause: /老年人健康管理率/u, units: ['%'] },
  // 家庭医生签约率超八成 in a paragraph on services for older people (老年助餐点, 老年文化活动,
  // 老年人的合法权益: older people named again and again) is their rate, not the whole
  // population's; one mention (65岁以上老年人健康管理率 beside it) is no such paragraph.
  { id: 'elderly_family_doctor_signing_rate', name: { zh: '老年人家庭医生签约率', en: 'Family doctor sign-up rate among older people' }, category: 'health', family: 'family_doctors', unit: '%', kind: 'rate', clause: /家庭医生签约率/u, sentence: /(?:老年|老人)(?:[^]*?(?:老年|老人)){2}/u, units: ['%'] },
  { id: 'family_doctor_signing_rate', name: { zh: '家庭医生签约率', en: 'Family doctor sign-up rate' }, category: 'health', family: 'family_doctors', unit: '%', kind: 'rate', clause: /家庭医生签约率/u, units: ['%'] },
  // Facilities named with what was done to them: a standard reached, or building work; a
  // count of facilities alone (覆盖242个乡镇卫生院的医共体) is the plain indicator below.
  { id: 'village_clinics_up_to_standard', name: { zh: '达到基本标准的村卫生室', en: 'Village clinics meeting the basic standard' }, category: 'health', family: 'health_facilities_up_to_standard', unit: '个', kind: 'count', measure: 'stock', clause: /村卫生室|村级卫生室/u, predicate: HEALTH_STANDARD, units: COUNT },
  { id: 'village_clinics_built', name: { zh: '村卫生室建设', en: 'Village clinics built or upgraded' }, category: 'health', family: 'health_facilities_built', unit: '个', kind: 'count', measure: 'flow', clause: /村卫生室|村级卫生室/u, predicate: HEALTH_WORKS, done: HEALTH_DONE, units: COUNT },
  { id: 'township_health_centres_built', name: { zh: '乡镇卫生院建设', en: 'Township health centres built or upgraded' }, category: 'health', family: 'health_facilities_built', unit: '个', kind: 'count', measure: 'flow', clause: /乡镇卫生院/u, predicate: HEALTH_WORKS, done: HEALTH_DONE, units: COUNT },
  { id: 'community_health_centres_built', name: { zh: '社区卫生服务中心建设', en: 'Community health centres built or upgraded' }, category: 'health', family: 'health_facilities_built', unit: '个', kind: 'count', measure: 'flow', clause: /社区卫生服务中心/u, predicate: HEALTH_WORKS, done: HEALTH_DONE, units: COUNT },
  { id: 'village_clinics', name: { zh: '村卫生室', en: 'Village clinics' }, category: 'health', family: 'health_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /村卫生室|村级卫生室/u, units: COUNT },
  { id: 'township_health_centres', name: { zh: '乡镇卫生院', en: 'Township health centres' }, category: 'health', family: 'health_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /乡镇卫生院/u, units: COUNT },
  { id: 'community_health_centres', name: { zh: '社区卫生服务中心', en: 'Community health centres' }, category: 'health', family: 'health_facilities', unit: '个', kind: 'count', measure: 'stock', clause: /社区卫生服务中心/u, units: COUNT },
  { id: 'internet_hospitals', name: { zh: '互联网医院', en: 'Internet hospitals' }, category: 'health', family: 'internet_hospitals', unit: '家', kind: 'count', measure: 'stock', clause: /互联网医院/u, units: ['家', '个'] },
  // Childcare
  // 每千人口托位数达到2.39个 is a ratio, not places: matched first, with words between
  // (每千人口拥有3岁以下婴幼儿托位数达到4.6个).
  { id: 'childcare_places_per_1000', name: { zh: '每千人口托位数', en: 'Childcare places per 1,000 people' }, category: 'childcare', family: 'childcare_places_per_1000', unit: '个', kind: 'per_capita', clause: /每千(?:常住)?人口[^,;，；。]{0,14}托位/u, units: ['个'] },
  { id: 'childcare_places', name: { zh: '托位数', en: 'Childcare places' }, category: 'childcare', family: 'childcare_places', unit: '个', kind: 'count', measure: 'stock', clause: /托位/u, units: ['个'] },
  { id: 'childcare_institutions', name: { zh: '婴幼儿照护机构', en: 'Registered childcare institutions' }, category: 'childcare', family: 'childcare_institutions', unit: '个', kind: 'count', measure: 'stock', clause: /照护机构/u, units: ['个'] },
];

export interface PlaceEntry extends Region {
  /** Names as written in articles. */
  aliases: readonly string[];
}

const place = (
  id: string,
  zh: string,
  en: string,
  level: Region['level'],
  parent?: string,
): PlaceEntry => ({ id, name: { zh, en }, level, ...(parent ? { parent } : {}), aliases: [zh] });

/** The places the seeds name. A new article's region goes in its manifest entry. */
export const PLACES: PlaceEntry[] = [
  place('hebei', '河北省', 'Hebei', 'province'),
  place('shanxi', '山西省', 'Shanxi', 'province'),
  place('hunan', '湖南省', 'Hunan', 'province'),
  place('inner_mongolia', '内蒙古自治区', 'Inner Mongolia', 'province'),
  place('zhangjiakou', '张家口市', 'Zhangjiakou', 'prefecture', 'hebei'),
  place('kangbao', '康保县', 'Kangbao County', 'county', 'zhangjiakou'),
  place('zhangbei', '张北县', 'Zhangbei County', 'county', 'zhangjiakou'),
  place('yuxian', '蔚县', 'Yu County', 'county', 'zhangjiakou'),
  place('shijiazhuang', '石家庄市', 'Shijiazhuang', 'prefecture', 'hebei'),
  place('pingshan', '平山县', 'Pingshan County', 'county', 'shijiazhuang'),
  place('zhengding', '正定县', 'Zhengding County', 'county', 'shijiazhuang'),
  place('xinhua_sjz', '新华区', 'Xinhua District', 'district', 'shijiazhuang'),
  place('changan_sjz', '长安区', "Chang'an District", 'district', 'shijiazhuang'),
  place('jinzhong', '晋中市', 'Jinzhong', 'prefecture', 'shanxi'),
  place('yuci', '榆次区', 'Yuci District', 'district', 'jinzhong'),
  place('taigu', '太谷区', 'Taigu District', 'district', 'jinzhong'),
  place('yushe', '榆社县', 'Yushe County', 'county', 'jinzhong'),
  place('lingshi', '灵石县', 'Lingshi County', 'county', 'jinzhong'),
  place('jiexiu', '介休市', 'Jiexiu', 'county', 'jinzhong'),
  place('shouyang', '寿阳县', 'Shouyang County', 'county', 'jinzhong'),
  place('heshun', '和顺县', 'Heshun County', 'county', 'jinzhong'),
  place('xiyang', '昔阳县', 'Xiyang County', 'county', 'jinzhong'),
  place('zhangjiajie', '张家界市', 'Zhangjiajie', 'prefecture', 'hunan'),
  place('wulingyuan', '武陵源区', 'Wulingyuan District', 'district', 'zhangjiajie'),
  place('hohhot', '呼和浩特市', 'Hohhot', 'prefecture', 'inner_mongolia'),
  place('saihan', '赛罕区', 'Saihan District', 'district', 'hohhot'),
  place('yuquan_hhht', '玉泉区', 'Yuquan District', 'district', 'hohhot'),
];
