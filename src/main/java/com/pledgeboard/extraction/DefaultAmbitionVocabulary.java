package com.pledgeboard.extraction;

import com.pledgeboard.extraction.AmbitionVocabulary.Role;

/**
 * The default words of {@link AmbitionVocabulary}, grouped as the language builds them rather than as
 * examples came: verbs of effort by their heads (推/促/助 push, 加/强/增/提/扩/拓/深 strengthen and raise,
 * 完/健/优/改/规/巩 perfect, 做/抓/办/落 do well, 防/化/遏 guard), the adverbs of effort, and the words of a
 * result (verbs with a resultative 成/出/立, of obtaining, of going live, of holding an event, and the
 * states a year can end in). A word that holds a shorter one (建立健全 holds 建立) is read as the longer.
 */
final class DefaultAmbitionVocabulary {

	static final AmbitionVocabulary INSTANCE = AmbitionVocabulary.builder()
		// Pushing and promoting: 推, 促, 助, 带, 引, 扶.
		.add(Role.VAGUE, "推进", "推动", "推行", "推广", "推深", "助推", "促进", "促使", "助力", "带动", "引领", "引导", "鼓励",
				"支持", "扶持", "服务", "保障", "护航", "保驾护航", "集成推进", "探索推行")
		// Strengthening, raising, widening, deepening: 加, 强, 增, 提, 升, 扩, 拓, 延, 深.
		.add(Role.VAGUE, "加强", "加大", "加快", "加速", "加紧", "加深", "加力", "强化", "增强", "增进", "提升", "提高", "提档",
				"提速", "提质", "提档升级", "升级", "扩大", "拓展", "拓宽", "延伸", "深化", "深耕", "深入推进")
		// Perfecting, improving, consolidating, holding: 完, 健, 优, 改, 规, 巩, 夯, 筑, 守, 稳, 维, 创新, 探索, 统筹.
		.add(Role.VAGUE, "完善", "健全", "建立健全", "优化", "改善", "改进", "规范", "巩固", "夯实", "筑牢", "织密", "守牢", "守住",
				"稳住", "维护", "创新", "探索", "整合", "统筹", "协调", "融合", "衔接", "保持", "继续保持")
		// Doing well and carrying out: 做, 抓, 办, 落, 贯, 践, 坚持, 注重, 聚焦, 营造, 构建, 发挥.
		.add(Role.VAGUE, "做好", "做实", "做强", "做优", "做大", "做细", "做深", "做实做强", "抓好", "抓实", "抓牢", "办好", "落实",
				"贯彻", "践行", "坚持", "注重", "聚焦", "围绕", "营造", "构建", "打造", "发挥", "参与", "配合", "协助")
		// Guarding against: 防, 化, 遏, 应.
		.add(Role.VAGUE, "防范", "化解", "防范化解", "遏制", "防控", "应对", "降低")
		// Adverbs of effort and of degree without a measure.
		.add(Role.VAGUE, "积极", "努力", "全力", "大力", "着力", "尽力", "切实", "扎实", "持续", "不断", "进一步", "逐步", "稳步",
				"有序", "有效", "有力", "深入", "全面", "坚决", "始终", "继续", "明显", "大幅", "显著", "久久为功")
		// Feelings and levels said without a measure: 获得感 is no 获得.
		.add(Role.VAGUE, "获得感", "幸福感", "安全感", "满意度")
		// Results made: verbs with a resultative 成, 出, 立, and what is set up.
		.add(Role.RESULT, "建成", "创成", "完成", "形成", "达成", "落成", "出台", "推出", "印发", "发布", "颁布", "制定", "修订",
				"建立", "成立", "设立", "组建", "挂牌", "落户", "签约", "签订")
		// Results obtained: an award, a title, a list, an inspection passed.
		.add(Role.RESULT, "获得", "获评", "荣获", "再获", "夺得", "争创", "入选", "列入", "评为", "成为", "命名", "创建成功",
				"通过验收", "通过评审", "通过考核", "通过评估", "通过认定", "通过复核", "通过审查")
		// Results going live, and events held.
		.add(Role.RESULT, "上线", "开通", "投用", "投运", "投产", "启用", "竣工", "交付", "开工", "举办", "召开", "承办", "组织",
				"试点")
		// States a year can end in.
		.add(Role.RESULT, "全覆盖", "全优秀", "优秀", "首个", "首家", "首批", "率先", "清零", "零发生")
		// The basis of a promise: 在…的基础上, 以…为基础.
		.add(Role.BASIS_OPEN, "在", "以")
		.add(Role.BASIS_CLOSE, "的基础上", "基础上", "的基础之上", "基础之上", "为基础", "为基数", "为基准")
		.build();

	private DefaultAmbitionVocabulary() {
	}

}
