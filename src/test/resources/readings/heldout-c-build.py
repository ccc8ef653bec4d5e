#!/usr/bin/env python3
"""Builds heldout-c.gold.json, the third batch: progress narratives of departments that are not in the seed, written and
hand-labelled (READINGS.md and ../../../../../shared/readings/README.md conventions) after batches A and B
had been used to mend the engine and before the engine was run on these; descriptions and targets
from ../extraction/heldout-targets.gold.json.
The narratives vary the phrasing again: 完成全年目标任务的, 9月末, 居全省第四位, 完成率 after an amount,
另有…计划, 套（间）, 其中本季度, 同比下降 against a rising target, 其中…占比 with a target of its own, 预计 with a
comparison in the next clause, 完成年度任务的八成, 较年初新增.

Labelling, beyond the README: an estimate (预计达到…，比上年提高…) is no reading, in either clause; a change
against the target's direction is a reading with a negative size.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
targets = {}
with open(os.path.join(here, "..", "extraction", "heldout-targets.gold.json"), encoding="utf-8") as f:
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
        readings.append(R(ts[index] if isinstance(index, int) else index, value, unit, span, **kw))
    reports.append(dict(id=f"heldout-c-{len(reports) + 1:02d}", department=dept, no=no, description=c["description"],
                        narrative=narrative, asOf=as_of, readings=readings))

def L(index, value, unit, span, **kw):
    return (index, value, unit, span, kw)

W, Y = 10**4, 10**8

report("市人力社保局", 1, "2022-09-30",
       "1-9月，全市城镇新增就业3.62万人，完成全年目标任务的80.4%；9月末城镇登记失业率为2.4%；帮助困难人员实现就业2318人。全市零就业家庭保持动态清零。",
       [L(0, 36200, "人", "城镇新增就业3.62万人"), L(0, None, None, "完成全年目标任务的80.4%", share=80.4),
        L(1, 2.4, "%", "城镇登记失业率为2.4%"), L(2, 2318, "人", "帮助困难人员实现就业2318人")])
report("市商务局", 1, "2022-06-30",
       "上半年外贸出口额居全省第四位，较去年提升两位；实际使用外资2.6亿美元，同比增长12.3%。",
       [L(0, 4, None, "外贸出口额居全省第四位"), L(1, 260000000, "美元", "实际使用外资2.6亿美元"), L(2, 12.3, "%", "同比增长12.3%")])
report("市水利局", 1, "2022-06-30",
       "上半年完成水利投资34.7亿元，完成率53.4%；重大水利项目已开工5项，另有3项计划9月开工；新建改造农村供水管网186公里；全市农村自来水普及率99.3%。",
       [L(0, 3470000000, "元", "完成水利投资34.7亿元"), L(0, None, None, "完成率53.4%", share=53.4),
        L(1, 5, "项", "重大水利项目已开工5项", cumulative=True), L(2, 186, "公里", "新建改造农村供水管网186公里"),
        L(3, 99.3, "%", "农村自来水普及率99.3%")])
report("市住房城乡建设局", 1, "2022-09-30",
       "前三季度共筹集保障性租赁住房1.12万套（间），开工改造城镇老旧小区64个，惠及居民1.8万户；加装电梯152台，其中本季度完成47台。",
       [L(0, 11200, "套", "共筹集保障性租赁住房1.12万套", cumulative=True), L(1, 64, "个", "开工改造城镇老旧小区64个"),
        L(2, 18000, "户", "惠及居民1.8万户"), L(3, 152, "台", "加装电梯152台"), L(3, 47, "台", "本季度完成47台", cumulative=False)])
report("市林业局", 1, "2022-12-31",
       "全年完成新增造林1.31万亩，森林质量精准提升5.2万亩；森林覆盖率61.2%；林木蓄积量达1826万立方米。",
       [L(0, 13100, "亩", "全年完成新增造林1.31万亩", cumulative=True), L(1, 52000, "亩", "森林质量精准提升5.2万亩"),
        L(2, 61.2, "%", "森林覆盖率61.2%"), L(3, 18260000, "立方米", "林木蓄积量达1826万立方米")])
report("市税务局", 1, "2022-06-30",
       "上半年组织税费收入281.5亿元，同比下降3.2%，主要受留抵退税政策影响；办税缴费事项“网上办”比例达99.1%。",
       [L(0, 28150000000, "元", "组织税费收入281.5亿元"), L(1, -3.2, "%", "同比下降3.2%"), L(2, 99.1, "%", "“网上办”比例达99.1%")])
report("市民政局", 1, "2022-09-30",
       "新建城乡社区嵌入式养老服务综合体9家；新增养老床位820张，其中护理型床位占比63.5%；每万名老人拥有持证养老护理员22人。",
       [L(0, 9, "家", "新建城乡社区嵌入式养老服务综合体9家"), L(1, 820, "张", "新增养老床位820张"),
        L(2, 63.5, "%", "护理型床位占比63.5%"), L(3, 22, "人", "每万名老人拥有持证养老护理员22人")])
report("市科技局", 1, "2022-12-31",
       "全社会研发投入强度预计达到3.35%，比上年提高0.15个百分点；全年高新技术企业净增326家，科技型中小企业新增1187家。",
       [L(2, 326, "家", "全年高新技术企业净增326家", cumulative=True), L(3, 1187, "家", "科技型中小企业新增1187家")])
report("市综合行政执法局", 1, "2022-06-30",
       "一季度城市管理综合考核排名全省第2；新建改建公厕18座，口袋公园完成7个；生活垃圾分类收集覆盖率100%。",
       [L(0, 2, None, "城市管理综合考核排名全省第2"), L(1, 18, "座", "新建改建公厕18座"), L(2, 7, "个", "口袋公园完成7个"),
        L(3, 100, "%", "生活垃圾分类收集覆盖率100%")])
report("市妇联", 1, "2022-09-30",
       "已建成“妇女之家”示范点24个；开展“两癌”免费检查1.6万人，完成年度任务的八成；开展家庭教育指导服务活动231场，受益家庭7.8万户次。",
       [L(0, 24, "个", "已建成“妇女之家”示范点24个", cumulative=True), L(1, 16000, "人", "开展“两癌”免费检查1.6万人"),
        L(1, None, None, "完成年度任务的八成", share=80), L(2, 231, "场", "开展家庭教育指导服务活动231场"),
        L(3, 78000, "户次", "受益家庭7.8万户次")])
report("湖州海关", 1, "2022-06-30",
       "上半年进口、出口整体通关时间分别为28.6小时和1.1小时；新增AEO高级认证企业4家。",
       [L(0, 28.6, "小时", "进口…28.6小时"), L(1, 1.1, "小时", "出口…1.1小时"), L(2, 4, "家", "新增AEO高级认证企业4家")])
report("市审计局", 1, "2022-09-30",
       "截至9月底，完成审计项目43个，查出问题金额36.2亿元，推动整改问题资金21.5亿元；审计整改率93.8%；提交审计信息和专报32篇，被市领导批示率75%。",
       [L(0, 43, "个", "完成审计项目43个"), L(1, 3620000000, "元", "查出问题金额36.2亿元"), L(2, 2150000000, "元", "推动整改问题资金21.5亿元"),
        L(3, 93.8, "%", "审计整改率93.8%"), L(4, 32, "篇", "提交审计信息和专报32篇"),
        (dict(kind="percent", metric="被市领导批示率", op=">=", value=70, unit="%"), 75, "%", "被市领导批示率75%", {})])
report("市金融办", 1, "2022-06-30",
       "6月末全市本外币贷款余额同比增长14.2%；制造业贷款余额较年初新增312亿元；新增上市公司3家；直接融资规模达412亿元。",
       [L(0, 14.2, "%", "本外币贷款余额同比增长14.2%"), L(1, 31200000000, "元", "制造业贷款余额较年初新增312亿元"),
        L(2, 3, "家", "新增上市公司3家"), L(3, 41200000000, "元", "直接融资规模达412亿元")])
report("市供销社", 1, "2022-12-31",
       "全年实现销售总额312.4亿元，同比增长7.1%；新建为农服务中心8个、庄稼医院11家；农资连锁配送覆盖率91%。",
       [L(0, 31240000000, "元", "全年实现销售总额312.4亿元", cumulative=True), L(1, 7.1, "%", "同比增长7.1%"),
        L(2, 8, "个", "新建为农服务中心8个"), L(3, 11, "家", "庄稼医院11家"), L(4, 91, "%", "农资连锁配送覆盖率91%")])

with open(os.path.join(here, "heldout-c.gold.json"), "w", encoding="utf-8") as f:
    json.dump({"planYear": 2022, "reports": reports}, f, ensure_ascii=False, indent=1)
print(f"{len(reports)} reports, {sum(len(r['readings']) for r in reports)} readings")
