#!/usr/bin/env python3
"""Builds heldout.gold.json: progress narratives of departments that are not in the seed, written and
hand-labelled (READINGS.md and ../../../../../shared/readings/README.md conventions) before the readings
engine was run on them. Descriptions and targets are those of ../extraction/heldout-b-targets.gold.json.
The narratives vary the reporters' phrasing on purpose: 占年度计划的, 完成率, 较年初, 位居…第7名, 其中三季度,
分别…和…, per-capita figures beside counts, a rate written without a unit.

Labelling, beyond the README: a figure of the same thing counted differently (AED 612台 beside 每10万人口72台
for a per-capita target) is not a reading; 较年初增长 is the year's change so far and is a reading of a
change target; a quarter's own figure after 其中 in that quarter's report is a reading with cumulative false.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
targets = {}
with open(os.path.join(here, "..", "extraction", "heldout-b-targets.gold.json"), encoding="utf-8") as f:
    for c in json.load(f)["commitments"]:
        targets[(c["department"], c["no"])] = c

def R(t, value, unit=None, span="", **kw):
    return dict(target=t, value=value, unit=unit, span=span, **kw)

reports = []
def report(dept, no, as_of, narrative, labels):
    c = targets[(dept, no)]
    ts = [{k: v for k, v in t.items() if k != "optional"} for t in c["targets"]]
    readings = []
    for index, value, unit, span, kw in labels:
        readings.append(R(ts[index], value, unit, span, **kw))
    reports.append(dict(id=f"heldout-{len(reports) + 1:02d}", department=dept, no=no, description=c["description"],
                        narrative=narrative, asOf=as_of, readings=readings))

def L(index, value, unit, span, **kw):
    return (index, value, unit, span, kw)

W, Y = 10**4, 10**8

report("市科协", 1, "2022-06-30",
       "今年以来，新建科普教育基地13个，院士专家工作站5家已挂牌运行；累计举办各类科普活动286场次，同比增加41场次。全国科普日活动将于9月举行，预计参与人数超过50万人次。2021年全市全民科学素质达标率为14.2%，今年测评结果年底公布。",
       [L(1, 13, "个", "新建科普教育基地13个"), L(2, 5, "家", "院士专家工作站5家"),
        L(3, 286, "场次", "累计举办各类科普活动286场次", cumulative=True)])
report("市科协", 2, "2022-09-30",
       "截至9月底，全市累计培育学会服务站24家，完成年度目标的80%；服务企业技术需求168项。科技工作者状况调查站点实现全覆盖，覆盖率100%。学会综合评估将在四季度开展，上年优秀率为35%。",
       [L(0, 24, "家", "累计培育学会服务站24家", cumulative=True), L(0, None, None, "完成年度目标的80%", share=80),
        L(1, 168, "项", "服务企业技术需求168项"), L(2, 100, "%", "覆盖率100%")])
report("市红十字会", 1, "2022-06-30",
       "上半年全市无偿献血4.2万人次，同比增长6.3%；新增造血干细胞志愿捐献者入库716人份；开展应急救护培训1.86万人次，其中培训持证救护员4350名。组织红十字志愿服务活动120余场。",
       [L(0, 6.3, "%", "同比增长6.3%"), L(1, 716, "人份", "造血干细胞志愿捐献者入库716人份"),
        L(2, 18600, "人次", "开展应急救护培训1.86万人次"), L(3, 4350, "名", "培训持证救护员4350名")])
report("市红十字会", 2, "2022-09-30",
       "1-9月累计募集款物2650万元，完成全年目标的88.3%。全市公共场所已配置AED 612台，每10万人口配置数量达到72台，剩余配置任务正在抓紧推进，计划11月底前全部完成。",
       [L(0, 26500000, "元", "累计募集款物2650万元", cumulative=True), L(0, None, None, "完成全年目标的88.3%", share=88.3),
        L(1, 72, "台", "每10万人口配置数量达到72台"), L(2, None, None, "剩余配置任务正在抓紧推进", done=False)])
report("市档案馆", 1, "2022-12-31",
       "全年完成馆藏档案数字化212.6万页，超额完成年度任务；接收进馆档案4.8万卷，完成率96%。档案开放审核完成率100%。数字档案馆已建成并于11月通过省级测评。",
       [L(0, 2126000, "页", "全年完成馆藏档案数字化212.6万页", cumulative=True), L(1, 48000, "卷", "接收进馆档案4.8万卷"),
        L(1, None, None, "完成率96%", share=96), L(2, 100, "%", "档案开放审核完成率100%"),
        L(3, None, None, "数字档案馆已建成并于11月通过省级测评", done=True)])
report("市港航管理中心", 1, "2022-06-30",
       "1-6月，全市内河港口完成货物吞吐量5320万吨，同比增长2.1%，完成全年目标的48.4%；集装箱运输量28.7万标箱，同比下降4.5%。新增千吨级航道里程11公里，另有14公里正在施工。",
       [L(0, 53200000, "吨", "内河港口完成货物吞吐量5320万吨"), L(1, 2.1, "%", "同比增长2.1%"),
        L(0, None, None, "完成全年目标的48.4%", share=48.4), L(2, 287000, "标箱", "集装箱运输量28.7万标箱"),
        L(3, 11, "公里", "新增千吨级航道里程11公里")])
report("市信用办", 1, "2022-09-30",
       "8月份城市信用监测排名全国第26位，较上月提升5位；信用修复申请办结率100%；公共信用信息归集量达3.2亿条，较年初增长11.8%。",
       [L(0, 26, None, "城市信用监测排名全国第26位"), L(1, 100, "%", "信用修复申请办结率100%"),
        L(2, 11.8, "%", "较年初增长11.8%")])
report("市侨联", 1, "2022-06-30",
       "上半年新建“侨之家”9个，引进海外高层次人才项目17个，其中创业类项目11个；为侨服务事项办理满意率为99.1%。侨资企业投资额同比增长7%。",
       [L(0, 9, "个", "新建“侨之家”9个"), L(1, 17, "个", "引进海外高层次人才项目17个"), L(2, 99.1, "%", "办理满意率为99.1%")])
report("市地震局", 1, "2022-09-30",
       "前三季度地震监测台网运行率99.6%；地震预警信息发布时间缩短至8秒。完成农村住房抗震加固735户，其中三季度完成210户。地震科普宣传进学校、进社区分别开展38场和41场。",
       [L(0, 99.6, "%", "地震监测台网运行率99.6%"), L(1, 8, "秒", "地震预警信息发布时间缩短至8秒"),
        L(2, 735, "户", "完成农村住房抗震加固735户"), L(2, 210, "户", "三季度完成210户", cumulative=False),
        L(3, 38, "场", "进学校…38场"), L(4, 41, "场", "进社区…41场")])
report("市供电公司", 1, "2022-06-30",
       "截至6月底，完成电网投资19.6亿元，占年度计划的51.6%；户均停电时间1.1小时，同比减少0.3小时；城市供电可靠率99.992%。新建公共充电桩326根，另有210根已完成选址。",
       [L(0, 1960000000, "元", "完成电网投资19.6亿元"), L(0, None, None, "占年度计划的51.6%", share=51.6),
        L(1, 1.1, "小时", "户均停电时间1.1小时"), L(2, 99.992, "%", "城市供电可靠率99.992%"),
        L(3, 326, "根", "新建公共充电桩326根")])
report("市慈善总会", 1, "2022-12-31",
       "全年募集慈善资金1.62亿元，同比增长9.5%；慈善信托规模达到5300万元；累计帮扶困难群众2.3万人次；慈善项目执行率92.7%。年内召开理事会2次。",
       [L(0, 162000000, "元", "全年募集慈善资金1.62亿元", cumulative=True), L(1, 9.5, "%", "同比增长9.5%"),
        L(2, 53000000, "元", "慈善信托规模达到5300万元"), L(3, 23000, "人次", "累计帮扶困难群众2.3万人次", cumulative=True),
        L(4, 92.7, "%", "慈善项目执行率92.7%")])
report("市投资促进局", 1, "2022-09-30",
       "1-9月，新引进10亿元以上产业项目14个，其中50亿元以上项目2个；实际到位内资612亿元，完成年度目标的76.5%。上半年招商引资综合考核位列全省第五。",
       [L(0, 14, "个", "新引进10亿元以上产业项目14个"), L(1, 2, "个", "50亿元以上项目2个"),
        L(2, 61200000000, "元", "实际到位内资612亿元"), L(2, None, None, "完成年度目标的76.5%", share=76.5),
        L(3, 5, None, "位列全省第五")])
report("市农业科学研究院", 1, "2022-06-30",
       "上半年选育农作物新品种3个，另有4个品种正在区试；推广新品种新技术62项，示范推广面积31.5万亩；科技成果转化收入1860万元，同比增长18%。申请发明专利12件，授权7件。",
       [L(0, 3, "个", "选育农作物新品种3个"), L(1, 62, "项", "推广新品种新技术62项"), L(2, 315000, "亩", "示范推广面积31.5万亩"),
        L(3, 18, "%", "同比增长18%"), L(4, 12, "件", "申请发明专利12件")])
report("市应急管理局", 1, "2022-09-30",
       "1-9月，全市亿元GDP生产安全事故死亡率为0.009，未发生较大以上事故。已完成危化企业安全改造33家，剩余7家正在施工。隐患整改工作仍在推进中，已整改隐患1265处。",
       [L(0, 0.009, None, "亿元GDP生产安全事故死亡率为0.009"), L(2, 33, "家", "已完成危化企业安全改造33家", cumulative=True),
        L(3, None, None, "隐患整改工作仍在推进中", done=False)])
report("市文明办", 1, "2022-12-31",
       "2022年全国文明城市年度测评中，我市成绩位居全国同类城市第7名。新时代文明实践站点覆盖率100%。全市注册志愿者达68.5万人，占常住人口比例20.3%。全年评选“最美人物”106名。",
       [L(0, 7, None, "位居全国同类城市第7名"), L(1, 100, "%", "新时代文明实践站点覆盖率100%"),
        L(2, 20.3, "%", "占常住人口比例20.3%"), L(3, 106, "名", "全年评选“最美人物”106名", cumulative=True)])
report("市住房城乡建设局", 1, "2022-06-30",
       "上半年全市商品房销售面积236万平方米，同比下降12.4%。棚户区改造安置住房新开工2130套，基本建成2870套。城镇危旧房治理改造已完成185户，其余115户计划四季度完成。",
       [L(0, 2360000, "平方米", "商品房销售面积236万平方米"), L(1, 2130, "套", "新开工2130套"), L(2, 2870, "套", "基本建成2870套"),
        L(4, 185, "户", "城镇危旧房治理改造已完成185户", cumulative=True)])

with open(os.path.join(here, "heldout.gold.json"), "w", encoding="utf-8") as f:
    json.dump({"planYear": 2022, "reports": reports}, f, ensure_ascii=False, indent=1)
print(f"{len(reports)} reports, {sum(len(r['readings']) for r in reports)} readings")
