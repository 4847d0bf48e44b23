/**
 * Traditional characters (繁體), folded one for one into simplified ones, so a Hong Kong,
 * Macau or Taiwan outlet's `約412億元`, `136間`, `截至今年10月底…已建成` reads with the same
 * vocabulary as the mainland's. Only in a text that is traditional (enough of these
 * characters), so a simplified article's rare 於 or 係 in a name stays as written; the
 * quotation marks 「」『』 become “”‘’ there too. What a reader is shown stays as written
 * (clean.ts keeps the raw text for quotes).
 */
import { charSet } from './chars.js';

const TRADITIONAL =
  '萬億個張戶間項餘約過來區縣鎮鄉門灣東兩與為這發實際務業學歲兒醫療養長飯設營農產總計劃爭確預將進達報導創貸擔後衛級機構數據' +
  '覽較開關現網絡經濟貼補險會參隊對們點線處辦證讓說語記訊時歡舊齡護簽蓋積擴園種資錢費買賣價齊雙邊幾傳倉體權條規標準質響圖書' +
  '畫車軌軟輕輪載運還遠適選遷鄰陽陰隨雜難電頁順須領頻題顧風飛館馬驗髮鬥魚鳥麥黃龍齒歷歸殘氣測溫滿漢濕災無煙燈狀獎環畢當盡監' +
  '盤眾礎禮離穩窮競筆節範築簡糧純紀紙細終組結給統絕維綜綠緊練繼續織繳義習聞聯聲職聽脫腦臨舉艱藥蘭號衝裝製複見視覺親觀訂認討' +
  '訓訪許診評詢試話該詳誤請課調談論諮謀講識讀變貧貨責貴賽購贈贊趕跡軍輔輸轉迴連週遊違遞遲遺鄭釋針銀銷鋪錄鍾鐵閉閒閱闊陸陳階' +
  '隱雖雞雲靜頓頭額顯願類飲駐騰鬧魯鳳麗劑勞勢勵勸協卻叢啟單嚴團圍場塊墊壓壞壯夠夢奪奮婦媽寧審寫寬專尋屆層屬崗幣幫廠廣廳彈彙' +
  '從徵態愛慣憶應懷戰戲擁擇擊擬攜敵斷於晉暢曆樂樓樣橋檢櫃殺毀決沒況淨淺減湧溝滅滯漲潔燒爺牆獨獲畝異盃碼磚稅稱穀籌籃紅納緣編' +
  '緩縮績罰羅聖膚臺華蘇術襲觸訴詞誌誰諾謝譯議豐負財販貫貿賓賠賴贏趨躍輛郵錯鍵鎖鏈閃陣靈韓頂顆飽餅驅驚鬆鹽麵黨佔併係偉備傷傾' +
  '僅儀優儲內冊凍劉則剛勁動勝匯嗎員問啓喪噸圓塗壇壽夾奧娛嬰孫寶島嶺帥師帶幹庫廁廢彎徑復徹恆悅惡慘慮慶憂憑掃掛採揚換揮損搖搶' +
  '撥撫擋擠擾攔攝敗敘曉極槍樹橫殼滬漁潛澤濃濱爐猶獄盜礙禦窩竊籤糾紛紡紹絲綱緒縫繩繪纖罷膽臉艦莊葉蔥薦藍藝蟲裏褲託詐詩誠誼諸' +
  '譜譽豬貝賀賢賬趙軀轄辭邁鄧鋼錦鍋鏡鐘閣陝霧頒顏颱飄餵駛駕騎騙鮮鳴鴨麼龜並爲綫裡峯汙擡慳煩殯邨寵贓諒聳羨賦衆鑑鑒瀏凱硯廈廚' +
  '閩贛滄瀋蘆紮嗚塢堅墳獻瑪劍勳縱徠逕掙槓牠筍粵鬱灑濾濫瀾漿潤鹵鹼彥讚嘗鬍麪噹鐺餚穫饋驛驟疊盧矯礦碩禍稟窯鑄鎊鑽蠟蝕諧謂謹譴' +
  '贍贖攤擲攬孿屢巒廬憐懲戀撈撲擷樞歐氫濁瀕爛犢獸璽瓊癡皚盞睜瞞矚礫穢窪竇篤簞糞絞綻緯縛繞罈翹聰肅脹膩艷芻苧蓮蔔薑藹虜虧螢蠔' +
  '襯覓訟詛詭誣諷謠譏讒豎貶賜賤贅蹺軋輯轟遙邏鄒醃釘鈍鉛銅鋁鋤錫鍛鏟鐳閘闖陘隕雋韻頰顛颳饅饞骯髖鬚魷鯉鱷鴿鵬鶴麩黴齋龐龔' +
  // 租賃 (保障性租賃住房) and its neighbours of money and work: 債償賄賂賑賒, 僱傭, 檔壩儉舖偵艙羣.
  '賃債償賄賂賑賒僱傭檔壩儉舖偵艙羣';
const SIMPLIFIED =
  '万亿个张户间项余约过来区县镇乡门湾东两与为这发实际务业学岁儿医疗养长饭设营农产总计划争确预将进达报导创贷担后卫级机构数据' +
  '览较开关现网络经济贴补险会参队对们点线处办证让说语记讯时欢旧龄护签盖积扩园种资钱费买卖价齐双边几传仓体权条规标准质响图书' +
  '画车轨软轻轮载运还远适选迁邻阳阴随杂难电页顺须领频题顾风飞馆马验发斗鱼鸟麦黄龙齿历归残气测温满汉湿灾无烟灯状奖环毕当尽监' +
  '盘众础礼离稳穷竞笔节范筑简粮纯纪纸细终组结给统绝维综绿紧练继续织缴义习闻联声职听脱脑临举艰药兰号冲装制复见视觉亲观订认讨' +
  '训访许诊评询试话该详误请课调谈论咨谋讲识读变贫货责贵赛购赠赞赶迹军辅输转回连周游违递迟遗郑释针银销铺录钟铁闭闲阅阔陆陈阶' +
  '隐虽鸡云静顿头额显愿类饮驻腾闹鲁凤丽剂劳势励劝协却丛启单严团围场块垫压坏壮够梦夺奋妇妈宁审写宽专寻届层属岗币帮厂广厅弹汇' +
  '从征态爱惯忆应怀战戏拥择击拟携敌断于晋畅历乐楼样桥检柜杀毁决没况净浅减涌沟灭滞涨洁烧爷墙独获亩异杯码砖税称谷筹篮红纳缘编' +
  '缓缩绩罚罗圣肤台华苏术袭触诉词志谁诺谢译议丰负财贩贯贸宾赔赖赢趋跃辆邮错键锁链闪阵灵韩顶颗饱饼驱惊松盐面党占并系伟备伤倾' +
  '仅仪优储内册冻刘则刚劲动胜汇吗员问启丧吨圆涂坛寿夹奥娱婴孙宝岛岭帅师带干库厕废弯径复彻恒悦恶惨虑庆忧凭扫挂采扬换挥损摇抢' +
  '拨抚挡挤扰拦摄败叙晓极枪树横壳沪渔潜泽浓滨炉犹狱盗碍御窝窃签纠纷纺绍丝纲绪缝绳绘纤罢胆脸舰庄叶葱荐蓝艺虫里裤托诈诗诚谊诸' +
  '谱誉猪贝贺贤账赵躯辖辞迈邓钢锦锅镜钟阁陕雾颁颜台飘喂驶驾骑骗鲜鸣鸭么龟并为线里峰污抬悭烦殡村宠赃谅耸羡赋众鉴鉴浏凯砚厦厨' +
  '闽赣沧沈芦扎呜坞坚坟献玛剑勋纵徕径挣杠它笋粤郁洒滤滥澜浆润卤碱彦赞尝胡面当铛肴获馈驿骤叠卢矫矿硕祸禀窑铸镑钻蜡蚀谐谓谨谴' +
  '赡赎摊掷揽孪屡峦庐怜惩恋捞扑撷枢欧氢浊濒烂犊兽玺琼痴皑盏睁瞒瞩砾秽洼窦笃箪粪绞绽纬缚绕坛翘聪肃胀腻艳刍苎莲卜姜蔼虏亏萤蚝' +
  '衬觅讼诅诡诬讽谣讥谗竖贬赐贱赘跷轧辑轰遥逻邹腌钉钝铅铜铝锄锡锻铲镭闸闯陉陨隽韵颊颠刮馒馋肮髋须鱿鲤鳄鸽鹏鹤麸霉斋庞龚' +
  '赁债偿贿赂赈赊雇佣档坝俭铺侦舱群';

const FOLD = new Map<string, string>([
  ...[...TRADITIONAL].map((t, i): [string, string] => [t, SIMPLIFIED[i]!]),
  ['「', '“'],
  ['」', '”'],
  ['『', '‘'],
  ['』', '’'],
]);
/** The table's characters as a charSet: counting them in a loop is several times faster than a regex of 800 alternatives over the text. */
const ANY = charSet(TRADITIONAL);

/** Characters of the table a text needs, and their share of its Han characters, to be read as traditional. */
const MIN_TRADITIONAL = 10;
const MIN_SHARE = 0.02;

/** Whether the text is written in traditional characters. */
export function isTraditional(text: string): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) found += ANY[text.charCodeAt(i)]!;
  if (found < MIN_TRADITIONAL) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return found >= MIN_SHARE * han;
}

/** The text with its traditional characters simplified, one code unit for one; unchanged when not traditional. */
export function foldTraditional(text: string): string {
  return isTraditional(text) ? simplified(text) : text;
}

/** Every character of the table simplified, whatever the rest of the text. */
export function simplified(text: string): string {
  return text.replace(/[\s\S]/gu, (c) => FOLD.get(c) ?? c);
}
