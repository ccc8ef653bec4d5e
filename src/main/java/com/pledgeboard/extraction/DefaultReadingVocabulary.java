package com.pledgeboard.extraction;

import com.pledgeboard.extraction.ReadingVocabulary.Role;

/**
 * The default words of {@link ReadingVocabulary}: the phrasing of progress reports (进展情况) of Chinese
 * municipal departments, general to departments and cities. Numbers, units, comparisons, change verbs
 * and leagues come from the target {@link Vocabulary} and are not repeated here.
 */
final class DefaultReadingVocabulary {

	static final ReadingVocabulary INSTANCE = ReadingVocabulary.builder()
		.add(Role.CUMULATIVE, "累计", "累积", "共计", "总计", "合计", "共", "已", "已经", "全年", "全年累计", "年内累计", "至今",
				"迄今")
		.add(Role.PERIOD, "本季度", "本季", "当季", "当季度", "本月", "当月", "本周", "当周", "本期", "当期", "季度内", "月内",
				"单月", "单季")
		.add(Role.PLAN, "预计", "预期", "计划", "拟", "力争", "争取", "有望", "可望", "将于", "将在", "将达", "将完成", "打算",
				"目标是", "确保", "预估", "估计")
		.add(Role.NOT_PLAN, "年度计划", "全年计划", "按计划", "计划内", "计划外", "计划投资", "计划任务", "目标任务", "年度目标",
				"全年目标", "年度任务")
		.add(Role.OUTLOOK, "下一步", "下阶段", "下一阶段", "接下来", "今后", "下步")
		.add(Role.PAST, "已", "已经", "共", "累计", "成功")
		.add(Role.BASELINE, "去年", "上年", "上一年", "上年度", "前一年", "同期", "基期", "此前", "原有", "以往", "往年",
				"年初时")
		.add(Role.REMAINDER, "其余", "剩余", "另有", "尚有", "还有", "余下", "尚余", "其他", "此外还")
		.add(Role.UNDER_WAY, "正在", "按计划推进", "有序推进", "稳步推进", "推进中", "在建", "建设中", "筹建中", "实施中",
				"进行中", "待验收", "待命名", "待审批", "待国家", "待省级", "等待")
		.add(Role.PART, "其中")
		.add(Role.TIME, "上半年", "下半年", "今年以来", "年初以来", "本年度", "今年", "年内", "全年", "一季度", "二季度", "三季度",
				"四季度", "第一季度", "第二季度", "第三季度", "第四季度", "前三季度", "本季度", "当季", "本月", "当月", "截至目前",
				"截至", "截止", "目前", "至今", "期间", "当前", "现已")
		.add(Role.SHARE_OF, "年度目标", "全年目标", "目标任务", "年度任务", "全年任务", "目标", "任务", "计划", "年度计划",
				"全年计划", "年度指标", "指标")
		.add(Role.SHARE_RATE, "完成率", "目标完成率", "任务完成率", "完成进度", "计划完成率", "目标进度")
		.add(Role.RISE_NOUN, "增幅", "增速", "增长率", "涨幅", "增长幅度")
		.add(Role.FALL_NOUN, "降幅", "下降率", "降低率", "下降幅度", "减幅")
		.add(Role.INTRA_YEAR_BASIS, "环比", "上月", "上季度", "一季度", "二季度", "三季度", "上半年", "前一季度")
		.add(Role.GENERIC_HEAD, "任务", "目标", "指标", "建设", "工作", "数量", "总量")
		.add(Role.FIRST_PLACE, "首位", "榜首", "第一位", "头名")
		.add(Role.DONE, "按期", "如期", "顺利完成", "圆满完成", "全面完成", "全部完成", "已全部", "全面建成", "已完成", "已建成",
				"提前完成", "超额完成")
		.add(Role.COMPLETION_VERB, "完成", "建成", "出台", "印发", "发布", "上线", "投用", "投运", "开通", "启用", "竣工",
				"落地", "建立", "实现", "举办", "召开", "组织", "开展", "完工", "通过", "运行", "开放", "挂牌", "成立", "制定",
				"编制", "颁布", "实施")
		.add(Role.NOT_DONE, "尚未", "还未", "暂未", "仍未", "未能", "未完成", "没有完成", "仍在", "还在", "尚在", "正在",
				"推进中", "进行中", "完善中", "建设中", "实施中", "筹备中", "未全部", "未按期", "滞后", "延期")
		.add(Role.WHOLE, "全部", "全面", "全数", "所有", "全域")
		.add(Role.HEDGE, "基本", "初步", "大部分", "部分", "大体", "总体")
		.add(Role.PREPARATION, "方案", "编制", "筹备", "前期", "准备", "谋划", "设计", "招标", "立项", "申报")
		.build();

	private DefaultReadingVocabulary() {
	}

}
