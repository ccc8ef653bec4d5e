package com.pledgeboard.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a class that runs {@link Beside} the others must not share with them. A Spring test there must
 * have its application context, and so its database, to itself: no class on the other thread may be
 * given the same context (the same merged configuration, which is what Spring caches contexts by), or
 * the two would change one database at once. And since Spring reads system properties as they are at
 * the moment, a test that sets one (the command line's, which point {@code spring.datasource.url} at
 * a file) must be marked {@link SetsSystemProperties}, which holds JUnit's lock on them, and a Spring
 * test beside it must hold that lock for reading: else a context started beside it opens the command
 * line's database, as one did.
 */
class BesideTests {

	private static final Path SOURCES = Path.of("src/test/java");

	/** A call that sets or clears a system property (written so that this file does not match it). */
	private static final Pattern SETS_PROPERTY = Pattern.compile("System\\.(set|clear)" + "Property\\(");

	@Test
	void shouldGiveNoSpringTestBesideTheOthersAContextTheyAlsoUse() throws ClassNotFoundException {
		Map<Boolean, List<Class<?>>> byThread = springTests().stream()
			.collect(Collectors.partitioningBy(c -> AnnotatedElementUtils.hasAnnotation(c, Beside.class)));
		assertThat(byThread.get(true)).as("Spring tests marked @Beside").isNotEmpty();
		assertThat(byThread.get(false)).as("Spring tests on the first thread").hasSizeGreaterThan(10);
		Map<MergedContextConfiguration, List<String>> others = byThread.get(false).stream()
			.collect(Collectors.groupingBy(BesideTests::configuration, Collectors.mapping(Class::getSimpleName, Collectors.toList())));
		for (Class<?> beside : byThread.get(true)) {
			assertThat(others.get(configuration(beside))).as(beside.getSimpleName() + "'s context, also used by").isNull();
		}
	}

	@Test
	void shouldKeepSpringTestsBesideTheOthersFromSystemPropertiesWhileATestSetsThem() throws Exception {
		for (Class<?> beside : springTests()) {
			if (AnnotatedElementUtils.hasAnnotation(beside, Beside.class)) {
				assertThat(systemPropertiesLock(beside)).as(beside.getSimpleName() + " reads system properties beside the others")
					.isIn(ResourceAccessMode.READ, ResourceAccessMode.READ_WRITE);
			}
		}
		List<String> setting = new ArrayList<>();
		try (var files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/bench/")).toList()) {
				String source = Files.readString(file);
				if (SETS_PROPERTY.matcher(source).find()) {
					String name = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
					setting.add(name);
					assertThat(Class.forName(name).isAnnotationPresent(SetsSystemProperties.class)).as(name + " sets system properties")
						.isTrue();
					assertThat(systemPropertiesLock(Class.forName(name))).isEqualTo(ResourceAccessMode.READ_WRITE);
				}
			}
		}
		assertThat(setting).as("the tests that set system properties (the command line's)").isNotEmpty();
	}

	/** How the class holds JUnit's lock on the system properties, or null. */
	private static ResourceAccessMode systemPropertiesLock(Class<?> testClass) {
		return AnnotationSupport.findRepeatableAnnotations(testClass, ResourceLock.class).stream()
			.filter(lock -> lock.value().equals(Resources.SYSTEM_PROPERTIES))
			.map(ResourceLock::mode)
			.findFirst()
			.orElse(null);
	}

	private List<Class<?>> springTests() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ExtendWith.class, true, false));
		List<Class<?>> springTests = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("com.pledgeboard")) {
			Class<?> test = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (AnnotationSupport.findRepeatableAnnotations(test, ExtendWith.class).stream()
				.anyMatch(extension -> List.of(extension.value()).contains(SpringExtension.class))) {
				springTests.add(test);
			}
		}
		return springTests;
	}

	private static MergedContextConfiguration configuration(Class<?> testClass) {
		return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
	}

}
