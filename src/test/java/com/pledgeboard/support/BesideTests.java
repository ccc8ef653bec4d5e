package com.pledgeboard.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring test that runs {@link Beside} the others must have its application context, and so its
 * database, to itself: no class on the other thread may be given the same context (the same merged
 * configuration, which is what Spring caches contexts by), or the two would change one database at once.
 */
class BesideTests {

	@Test
	void shouldGiveNoSpringTestBesideTheOthersAContextTheyAlsoUse() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ExtendWith.class, true, false));
		List<Class<?>> springTests = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("com.pledgeboard")) {
			springTests.add(ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader()));
		}
		Map<Boolean, List<Class<?>>> byThread = springTests.stream()
			.collect(Collectors.partitioningBy(c -> AnnotatedElementUtils.hasAnnotation(c, Beside.class)));
		assertThat(byThread.get(true)).as("Spring tests marked @Beside").isNotEmpty();
		assertThat(byThread.get(false)).as("Spring tests on the first thread").hasSizeGreaterThan(10);
		Map<MergedContextConfiguration, List<String>> others = byThread.get(false).stream()
			.collect(Collectors.groupingBy(BesideTests::configuration, Collectors.mapping(Class::getSimpleName, Collectors.toList())));
		for (Class<?> beside : byThread.get(true)) {
			assertThat(others.get(configuration(beside))).as(beside.getSimpleName() + "'s context, also used by").isNull();
		}
	}

	private static MergedContextConfiguration configuration(Class<?> testClass) {
		return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
	}

}
