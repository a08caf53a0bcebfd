using Juesuan.Core.Model;

namespace Juesuan.Synthetic.Region;

/// <summary>
/// The fields a synthetic region's departments work in: 24 kinds of department as a county or city has them, each
/// with its institutions and the 功能分类 项 of the 2024 catalog its money goes under (a test checks every code is
/// in the catalog). Names are generic (教育局, 人民医院); the place is added by <see cref="RegionPlan"/>.
/// </summary>
public static class DepartmentFields
{
    public static IReadOnlyList<DepartmentField> All { get; } =
    [
        new(
            "教育", "教育局", "教育",
            ["贯彻执行国家和省有关教育工作的方针政策和法律法规，拟订本地教育发展规划并组织实施。", "统筹管理学前教育、义务教育、高中阶段教育和职业教育，推进教育公平。", "负责教师队伍建设和教育督导工作，指导学校安全和校园周边环境治理。"],
            [new("实验小学", "2050202", UnitType.PublicInstitution), new("第一初级中学", "2050203", UnitType.PublicInstitution), new("第一高级中学", "2050204", UnitType.PublicInstitution), new("中心幼儿园", "2050201", UnitType.PublicInstitution), new("职业技术学校", "2050302", UnitType.PublicInstitution), new("教师发展中心", "2050801", UnitType.PublicInstitution), new("第二小学", "2050202", UnitType.PublicInstitution), new("第二初级中学", "2050203", UnitType.PublicInstitution), new("教育事务服务中心", "2050102", UnitType.CivilServiceManaged), new("城关小学", "2050202", UnitType.PublicInstitution), new("育才中学", "2050203", UnitType.PublicInstitution)],
            "2050101",
            ["2050299", "2050199", "2050202"],
            ["校舍维修改造", "义务教育薄弱环节改善", "学生资助", "教育信息化建设"]),
        new(
            "卫生健康", "卫生健康局", "卫健",
            ["贯彻执行卫生健康工作方针政策，拟订本地卫生健康事业发展规划。", "协调推进深化医药卫生体制改革，组织实施基本公共卫生服务项目。", "负责疾病预防控制和卫生应急工作，组织指导突发公共卫生事件的预防控制。"],
            [new("人民医院", "2100201", UnitType.PublicInstitution), new("中医医院", "2100201", UnitType.PublicInstitution), new("中心卫生院", "2100302", UnitType.PublicInstitution), new("疾病预防控制中心", "2100401", UnitType.PublicInstitution), new("妇幼保健院", "2100403", UnitType.PublicInstitution), new("卫生健康事务服务中心", "2100102", UnitType.CivilServiceManaged), new("城南卫生院", "2100302", UnitType.PublicInstitution), new("卫生监督所", "2100102", UnitType.CivilServiceManaged)],
            "2100101",
            ["2100408", "2100409", "2100499"],
            ["基本公共卫生服务", "重大公共卫生服务", "家庭医生签约服务", "基层医疗卫生机构能力提升"]),
        new(
            "农业农村", "农业农村局", "农业农村",
            ["贯彻执行农业农村工作的方针政策，统筹研究和组织实施乡村振兴战略。", "负责种植业、畜牧业、渔业等农业各产业的监督管理，指导粮食等农产品生产。", "负责农业防灾减灾、农作物重大病虫害防治工作。"],
            [new("农业技术推广中心", "2130106", UnitType.PublicInstitution), new("动物疫病预防控制中心", "2130108", UnitType.PublicInstitution), new("农业综合行政执法大队", "2130102", UnitType.CivilServiceManaged), new("农村经营管理站", "2130104", UnitType.PublicInstitution), new("种子管理站", "2130104", UnitType.PublicInstitution)],
            "2130101",
            ["2130122", "2130135", "2130199"],
            ["高标准农田建设", "耕地地力保护", "农业生产发展", "农作物病虫害防治"]),
        new(
            "水利", "水利局", "水利",
            ["贯彻执行水利工作的方针政策，负责保障水资源的合理开发利用。", "负责水利工程建设与运行管理，组织实施河湖治理和水土保持。", "承担水旱灾害防御的相关工作。"],
            [new("水利工程管理站", "2130304", UnitType.PublicInstitution), new("水土保持站", "2130304", UnitType.PublicInstitution), new("河道管理所", "2130304", UnitType.PublicInstitution)],
            "2130301",
            ["2130305", "2130304"],
            ["中小河流治理", "农村饮水安全巩固提升", "水库除险加固"]),
        new(
            "林业", "林业局", "林业",
            ["负责林业和草原及其生态保护修复的监督管理。", "组织开展森林防火和林业有害生物防治工作。", "负责林地管理和国有林场的指导。"],
            [new("林业工作站", "2130204", UnitType.PublicInstitution), new("国有林场", "2130204", UnitType.PublicInstitution), new("林业技术推广站", "2130204", UnitType.PublicInstitution)],
            "2130201",
            ["2130204"],
            ["森林防火", "林业有害生物防治", "国土绿化"]),
        new(
            "文化旅游", "文化广电旅游局", "文旅",
            ["贯彻执行文化、广电、旅游工作方针政策，统筹规划文化事业、文化产业和旅游业发展。", "负责公共文化服务体系建设，组织实施文物保护工作。", "指导、管理文艺事业和旅游市场。"],
            [new("图书馆", "2070104", UnitType.PublicInstitution), new("文化馆", "2070109", UnitType.PublicInstitution), new("文物保护中心", "2070204", UnitType.PublicInstitution), new("博物馆", "2070204", UnitType.PublicInstitution), new("文化市场综合执法大队", "2070112", UnitType.CivilServiceManaged)],
            "2070101",
            ["2070199", "2070111"],
            ["公共文化服务体系建设", "文物保护修缮", "全民阅读推广"]),
        new(
            "住房城乡建设", "住房和城乡建设局", "住建",
            ["贯彻执行住房和城乡建设的方针政策，拟订城乡建设发展规划。", "负责房地产市场监管和建筑市场监管。", "负责城市基础设施建设和村镇建设的指导。"],
            [new("城市建设服务中心", "2120102", UnitType.PublicInstitution), new("房产管理服务中心", "2120102", UnitType.PublicInstitution), new("建设工程质量安全监督站", "2120102", UnitType.PublicInstitution)],
            "2120101",
            ["2120303", "2120399"],
            ["老旧小区改造", "市政道路维修", "城镇基础设施建设"]),
        new(
            "城市管理", "城市管理局", "城管",
            ["负责城市管理和综合行政执法工作，拟订城市管理政策。", "负责市容环境卫生管理和生活垃圾处理的监督管理。", "负责城市园林绿化管理。"],
            [new("环境卫生服务中心", "2120501", UnitType.PublicInstitution), new("园林绿化服务中心", "2120501", UnitType.PublicInstitution), new("城市管理综合执法大队", "2120104", UnitType.CivilServiceManaged)],
            "2120101",
            ["2120104", "2120501"],
            ["环卫作业服务", "生活垃圾分类处理", "城市照明维护"]),
        new(
            "交通运输", "交通运输局", "交通",
            ["贯彻执行交通运输工作方针政策，组织拟订综合交通运输发展规划。", "负责公路、水路行业的建设、养护和运输市场监管。", "负责农村公路建设管理。"],
            [new("公路事业发展中心", "2140106", UnitType.PublicInstitution), new("交通运输综合行政执法大队", "2140101", UnitType.CivilServiceManaged), new("农村公路管理站", "2140106", UnitType.PublicInstitution)],
            "2140101",
            ["2140104", "2140106", "2140199"],
            ["农村公路建设", "公路养护", "危桥改造"]),
        new(
            "自然资源", "自然资源局", "自然资源",
            ["履行全民所有土地、矿产等自然资源资产所有者职责。", "负责国土空间规划和用途管制，负责自然资源调查监测评价。", "负责不动产统一登记和耕地保护工作。"],
            [new("不动产登记中心", "2200106", UnitType.PublicInstitution), new("国土空间规划研究中心", "2200104", UnitType.PublicInstitution), new("自然资源执法监察大队", "2200101", UnitType.CivilServiceManaged)],
            "2200101",
            ["2200104", "2200199"],
            ["国土空间规划编制", "耕地保护", "不动产登记数据整合"]),
        new(
            "财政", "财政局", "财政",
            ["贯彻执行财税工作方针政策，拟订本地财政发展规划。", "负责编制年度预决算草案并组织执行，负责政府非税收入管理。", "负责预算绩效管理和财政监督。"],
            [new("财政事务服务中心", "2010650", UnitType.PublicInstitution), new("国库集中支付中心", "2010650", UnitType.CivilServiceManaged), new("政府采购中心", "2010650", UnitType.PublicInstitution)],
            "2010601",
            ["2010699", "2010607"],
            ["财政信息化建设", "预算绩效评价", "财政投资评审"]),
        new(
            "审计", "审计局", "审计",
            ["主管本地审计工作，拟订审计工作规划并组织实施。", "对本级预算执行情况和其他财政收支情况进行审计监督。", "负责经济责任审计和重大政策措施落实情况跟踪审计。"],
            [new("审计事务服务中心", "2010802", UnitType.CivilServiceManaged), new("政府投资审计中心", "2010802", UnitType.PublicInstitution)],
            "2010801",
            ["2010804"],
            ["政府投资项目审计", "经济责任审计"]),
        new(
            "统计", "统计局", "统计",
            ["负责组织领导和协调本地统计工作，确保统计数据真实准确。", "组织实施各项统计调查和专项普查。", "发布统计数据，开展统计分析。"],
            [new("统计调查中心", "2010550", UnitType.PublicInstitution), new("普查中心", "2010550", UnitType.PublicInstitution)],
            "2010501",
            ["2010505"],
            ["经济普查", "专项统计调查"]),
        new(
            "民政", "民政局", "民政",
            ["贯彻执行民政工作方针政策，拟订社会救助、社会福利规划。", "负责城乡低保、特困人员救助供养和临时救助工作。", "负责养老服务和儿童福利工作，指导基层政权建设和社区治理。"],
            [new("社会福利院", "2081002", UnitType.PublicInstitution), new("儿童福利院", "2081001", UnitType.PublicInstitution), new("救助管理站", "2082001", UnitType.PublicInstitution), new("殡葬管理所", "2080299", UnitType.PublicInstitution)],
            "2080201",
            ["2080208", "2082001", "2081099"],
            ["特困人员救助供养", "临时救助", "社区养老服务", "基层政权建设"]),
        new(
            "人力资源社会保障", "人力资源和社会保障局", "人社",
            ["贯彻执行人力资源和社会保障工作方针政策，拟订本地人力资源和社会保障事业发展规划。", "负责促进就业工作，完善公共就业服务体系。", "统筹建立覆盖城乡的社会保障体系。"],
            [new("劳动保障监察大队", "2080105", UnitType.CivilServiceManaged), new("就业服务中心", "2080106", UnitType.PublicInstitution), new("社会保险事业服务中心", "2080199", UnitType.PublicInstitution)],
            "2080101",
            ["2080199", "2080106"],
            ["就业创业服务", "职业技能培训", "劳动保障监察"]),
        new(
            "司法行政", "司法局", "司法",
            ["负责本地法治建设的统筹规划，承担依法治理的具体工作。", "负责普法宣传和人民调解工作，指导管理公共法律服务。", "负责社区矫正工作。"],
            [new("公共法律服务中心", "2040650", UnitType.PublicInstitution), new("社区矫正中心", "2040650", UnitType.PublicInstitution)],
            "2040601",
            ["2040604", "2040605"],
            ["普法宣传", "人民调解", "公共法律服务体系建设"]),
        new(
            "生态环境", "生态环境局", "生态环境",
            ["贯彻执行生态环境保护的方针政策，负责建立健全生态环境基本制度。", "负责大气、水、土壤等污染防治的监督管理。", "负责生态环境监测和执法工作。"],
            [new("生态环境监测站", "2110102", UnitType.PublicInstitution), new("生态环境保护综合行政执法大队", "2110102", UnitType.CivilServiceManaged)],
            "2110101",
            ["2110301", "2110302", "2110199"],
            ["大气污染防治", "水污染防治", "生态环境监测能力建设"]),
        new(
            "应急管理", "应急管理局", "应急",
            ["负责本地应急管理工作，指导应对安全生产类、自然灾害类等突发事件。", "负责安全生产综合监督管理。", "组织编制总体应急预案并组织开展应急演练。"],
            [new("应急救援保障中心", "2240102", UnitType.PublicInstitution), new("安全生产执法大队", "2240106", UnitType.CivilServiceManaged)],
            "2240101",
            ["2240106", "2240199"],
            ["安全生产监管", "应急物资储备", "应急救援演练"]),
        new(
            "商务", "商务局", "商务",
            ["贯彻执行商务工作的方针政策，拟订国内外贸易和对外经济合作发展规划。", "负责推进流通产业结构调整，促进消费。", "负责招商引资和对外贸易促进工作。"],
            [new("招商服务中心", "2011350", UnitType.PublicInstitution), new("电子商务服务中心", "2011350", UnitType.PublicInstitution)],
            "2011301",
            ["2011308"],
            ["招商引资", "促进消费活动", "电子商务进农村"]),
        new(
            "市场监管", "市场监督管理局", "市场监管",
            ["负责市场综合监督管理，规范市场主体登记注册。", "负责食品安全、特种设备安全和产品质量安全监督管理。", "负责知识产权保护和计量、标准化工作。"],
            [new("市场监管综合执法大队", "2013802", UnitType.CivilServiceManaged), new("食品药品检验检测中心", "2013850", UnitType.PublicInstitution), new("计量检定所", "2013850", UnitType.PublicInstitution)],
            "2013801",
            ["2013899", "2013802"],
            ["食品安全抽检", "特种设备安全监管", "消费者权益保护"]),
        new(
            "发展改革", "发展和改革局", "发改",
            ["拟订并组织实施国民经济和社会发展规划。", "负责重大项目的统筹协调和投资管理。", "负责价格管理和粮食安全保障工作的指导。"],
            [new("发展研究中心", "2010450", UnitType.PublicInstitution), new("价格认证中心", "2010450", UnitType.PublicInstitution)],
            "2010401",
            ["2010404", "2010405"],
            ["重大项目前期工作", "经济运行监测", "价格监测"]),
        new(
            "科技", "科学技术局", "科技",
            ["贯彻执行科技工作方针政策，拟订科技发展规划。", "组织实施重大科技项目，推进科技成果转化。", "负责科技人才队伍建设和科学普及工作。"],
            [new("科技创新服务中心", "2060201", UnitType.PublicInstitution), new("科学技术情报研究所", "2060201", UnitType.PublicInstitution)],
            "2060101",
            ["2060199"],
            ["科技成果转化", "科普活动", "企业研发补助"]),
        new(
            "退役军人事务", "退役军人事务局", "退役军人",
            ["贯彻执行退役军人工作方针政策，拟订退役军人思想政治、管理保障等工作政策。", "负责军队转业干部、退役士兵的移交安置和就业创业工作。", "组织开展退役军人的褒扬激励和优抚工作。"],
            [new("退役军人服务中心", "2082850", UnitType.PublicInstitution), new("光荣院", "2082850", UnitType.PublicInstitution)],
            "2082801",
            ["2082899"],
            ["退役军人就业创业", "优抚对象帮扶", "烈士纪念设施维护"]),
        new(
            "医疗保障", "医疗保障局", "医保",
            ["贯彻执行医疗保障工作方针政策，拟订医疗保险、生育保险、医疗救助等制度的政策。", "组织实施医疗保障基金监督管理办法。", "组织制定药品、医用耗材价格和医疗服务项目价格政策。"],
            [new("医疗保障服务中心", "2101550", UnitType.PublicInstitution), new("医疗保障基金稽核中心", "2101550", UnitType.CivilServiceManaged)],
            "2101501",
            ["2101599"],
            ["医保基金监管", "医保信息化建设"]),
        new(
            "政府办公室", "人民政府办公室", "政府办",
            ["负责政府领导同志的会务、文电、信息和政务服务等工作。", "协助政府领导同志组织起草和审核以政府名义发布的公文。", "负责督促检查政府工作部门和下级政府对政府决定事项的贯彻落实情况。"],
            [new("机关事务服务中心", "2010303", UnitType.PublicInstitution), new("政务服务中心", "2010350", UnitType.PublicInstitution), new("接待服务中心", "2010303", UnitType.PublicInstitution)],
            "2010301",
            ["2010399"],
            ["政务信息化", "机关后勤保障", "政务公开"]),
    ];
}
