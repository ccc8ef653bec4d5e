#!/usr/bin/env python3
"""Builds heldout-b.gold.json, the second batch: progress narratives of departments that are not in the seed, written and
hand-labelled (READINGS.md and ../../../../../shared/readings/README.md conventions) after batch A
(heldout-build.py) had been used to mend the engine and before the engine was run on these.
Descriptions and targets are those of ../extraction/heldout-b-targets.gold.json.
The narratives vary the phrasing again: 比去年同期提高…个百分点 beside a rate, 截至目前…共, 尚未开幕,
得分91.5分, 降至, 为年度计划的105.7%, 居全省第二位, 较上年同期增长, 较2017年压缩, two rates after 分别为…和…
and after …、…分别为…、…, 6月末, Chinese numerals (十七项).

Labelling, beyond the README: a change against the target's direction is a reading with a negative size;
the latest survey score reported is a reading of a score target.
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
    reports.append(dict(id=f"heldout-b-{len(reports) + 1:02d}", department=dept, no=no, description=c["description"],
                        narrative=narrative, asOf=as_of, readings=readings))

def L(index, value, unit, span, **kw):
    return (index, value, unit, span, kw)

W, Y = 10**4, 10**8

report("市港航管理中心", 2, "2022-06-30",
       "上半年开展港口危险货物作业安全检查312家次，检查覆盖率达100%；船舶污染物接收处置率96.8%，比去年同期提高1.2个百分点。",
       [L(0, 100, "%", "检查覆盖率达100%"), L(1, 96.8, "%", "船舶污染物接收处置率96.8%")])
report("市文联", 1, "2022-09-30",
       "截至目前，全市共组织文艺惠民演出156场，创作文艺精品力作37件；入选国家级展演展览6项。第三届市民艺术节因疫情推迟，尚未开幕，拟于11月举办。",
       [L(0, 156, "场", "共组织文艺惠民演出156场", cumulative=True), L(1, 37, "件", "创作文艺精品力作37件"),
        L(2, 6, "项", "入选国家级展演展览6项"), L(3, None, None, "尚未开幕", done=False)])
report("市烟草专卖局", 1, "2022-06-30",
       "1-6月，全市销售卷烟9.6万箱，同比增长1.8%；实现税利总额21.3亿元，同比增长6.2%；查处涉烟违法案件147起，其中大要案12起。一季度零售户满意度测评得分91.5分。",
       [L(0, 96000, "箱", "销售卷烟9.6万箱"), L(1, 2130000000, "元", "实现税利总额21.3亿元"), L(2, 147, "起", "查处涉烟违法案件147起"),
        L(3, 91.5, "分", "零售户满意度测评得分91.5分")])
report("市水务集团", 1, "2022-09-30",
       "前三季度城市供水水质综合合格率保持100%，管网漏损率降至7.6%；新建改造供水管网112公里，完成年度计划的74.7%；城镇污水处理率97.3%。",
       [L(0, 100, "%", "城市供水水质综合合格率保持100%"), L(1, 7.6, "%", "管网漏损率降至7.6%"), L(2, 112, "公里", "新建改造供水管网112公里"),
        L(2, None, None, "完成年度计划的74.7%", share=74.7), L(3, 97.3, "%", "城镇污水处理率97.3%")])
report("市交通投资集团", 1, "2022-12-31",
       "全年完成投资126.8亿元，为年度计划的105.7%；年末资产总额1532亿元；实现营业收入98.6亿元，同比增长11.4%。",
       [L(0, 12680000000, "元", "全年完成投资126.8亿元", cumulative=True), L(0, None, None, "为年度计划的105.7%", share=105.7),
        L(1, 153200000000, "元", "年末资产总额1532亿元"), L(2, 11.4, "%", "同比增长11.4%")])
report("市人才办", 1, "2022-06-30",
       "今年以来新引育高层次人才862名，完成全年任务的57.5%；新增大学生就业创业3.4万人。人才净流入率居全省第二位，较一季度上升一位。",
       [L(0, 862, "名", "新引育高层次人才862名"), L(0, None, None, "完成全年任务的57.5%", share=57.5),
        L(1, 34000, "人", "新增大学生就业创业3.4万人"), L(2, 2, None, "居全省第二位")])
report("市网信办", 1, "2022-09-30",
       "网络舆情处置率100%，有害信息平均处置时间1.6小时；累计培育网络文明志愿者8260名；已开展“清朗”系列专项行动7个，另有2个正在部署。",
       [L(0, 100, "%", "网络舆情处置率100%"), L(1, 1.6, "小时", "有害信息平均处置时间1.6小时"),
        L(2, 8260, "名", "累计培育网络文明志愿者8260名", cumulative=True), L(3, 7, "个", "已开展“清朗”系列专项行动7个", cumulative=True)])
report("市老龄办", 1, "2022-06-30",
       "80周岁以上老年人高龄津贴按月足额发放，发放率100%。老年人能力评估覆盖率达到47%。新增老年食堂63家，累计提供助餐服务3.8万人次。",
       [L(0, 100, "%", "发放率100%"), L(1, 47, "%", "老年人能力评估覆盖率达到47%"), L(2, 63, "家", "新增老年食堂63家"),
        L(3, 38000, "人次", "累计提供助餐服务3.8万人次", cumulative=True)])
report("市投资促进局", 2, "2022-09-30",
       "1-9月举办重大招商活动9场，赴外招商24批次；签约项目总投资额较上年同期增长23.6%；项目履约率88%。",
       [L(0, 9, "场", "举办重大招商活动9场"), L(1, 24, "批次", "赴外招商24批次"), L(2, 23.6, "%", "较上年同期增长23.6%"),
        L(3, 88, "%", "项目履约率88%")])
report("市口岸办", 1, "2022-06-30",
       "上半年海铁联运箱量完成21.5万标箱，同比增长34.2%；新开通国际航线1条；口岸进出口货值实现986亿元。进口整体通关时间较2017年压缩56.3%。",
       [L(0, 34.2, "%", "同比增长34.2%"), L(1, 1, "条", "新开通国际航线1条"), L(2, 98600000000, "元", "口岸进出口货值实现986亿元"),
        L(3, 56.3, "%", "较2017年压缩56.3%")])
report("市教育局", 1, "2022-12-31",
       "学前三年入园率99.2%，高中段毛入学率99.7%；全年新增公办学位8650个；乡村小规模学校和乡镇寄宿制学校办学条件达标率分别为96%和98.5%。",
       [L(0, 99.2, "%", "学前三年入园率99.2%"), L(1, 99.7, "%", "高中段毛入学率99.7%"),
        L(2, 8650, "个", "全年新增公办学位8650个", cumulative=True), L(3, 96, "%", "分别为96%"), L(4, 98.5, "%", "和98.5%")])
report("市商务局", 1, "2022-09-30",
       "1-9月，全市限额以上批发零售业销售额同比增长6.9%，住宿餐饮业营业额增长4.2%；新增限上商贸企业118家；建成一刻钟便民生活圈14个。",
       [L(0, 6.9, "%", "同比增长6.9%"), L(1, 4.2, "%", "住宿餐饮业营业额增长4.2%"), L(2, 118, "家", "新增限上商贸企业118家"),
        L(3, 14, "个", "建成一刻钟便民生活圈14个")])
report("市农业农村局", 1, "2022-06-30",
       "6月末全市生猪存栏61.3万头，同比增长4.1%；蔬菜播种面积21.6万亩；主要农作物耕种收综合机械化率达81.2%；秸秆综合利用率、畜禽粪污资源化利用率分别为96.5%和93.1%。",
       [L(0, 613000, "头", "生猪存栏61.3万头"), L(1, 216000, "亩", "蔬菜播种面积21.6万亩"), L(2, 81.2, "%", "综合机械化率达81.2%"),
        L(3, 96.5, "%", "秸秆综合利用率…96.5%"), L(4, 93.1, "%", "畜禽粪污资源化利用率…93.1%")])
report("市医疗保障局", 1, "2022-06-30",
       "截至6月底，全市基本医疗保险户籍人口参保率99.3%；职工医保、城乡居民医保政策范围内住院费用报销比例分别为84.6%、69.8%。上半年医保基金支出38.2亿元。",
       [L(0, 99.3, "%", "户籍人口参保率99.3%"), L(1, 84.6, "%", "职工医保…84.6%"), L(2, 69.8, "%", "城乡居民医保…69.8%")])
report("市体育局", 1, "2022-12-31",
       "年末全市人均体育场地面积2.96平方米；经常参加体育锻炼人数比例为44.1%；国民体质监测合格率93.8%；全年承办全国性赛事十七项。",
       [L(0, 2.96, "平方米", "人均体育场地面积2.96平方米"), L(1, 44.1, "%", "经常参加体育锻炼人数比例为44.1%"),
        L(2, 93.8, "%", "国民体质监测合格率93.8%"), L(3, 17, "项", "全年承办全国性赛事十七项", cumulative=True)])

with open(os.path.join(here, "heldout-b.gold.json"), "w", encoding="utf-8") as f:
    json.dump({"planYear": 2022, "reports": reports}, f, ensure_ascii=False, indent=1)
print(f"{len(reports)} reports, {sum(len(r['readings']) for r in reports)} readings")
