package com.pledgeboard.ingest.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pledgeboard.ingest.resolve.Resolution.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DepartmentNameResolverTest {

	private final DepartmentNameResolver resolver = new DepartmentNameResolver(List.of(
			new KnownDepartment("市生态环境局", Set.of("市环保局")),
			new KnownDepartment("市应急管理局"),
			new KnownDepartment("市发展和改革委员会", Set.of("市发展改革委", "市发改委")),
			new KnownDepartment("市发展研究中心"),
			new KnownDepartment("市教育局"),
			new KnownDepartment("市交通运输局", Set.of("市交通局")),
			new KnownDepartment("市公路与运输管理中心", Set.of("市交通局"))));

	@Test
	void shouldResolveAnExactNameWhitespaceAside() {
		assertThat(resolver.resolve("市教育局")).isEqualTo(new Resolution(Status.EXACT, "市教育局", List.of("市教育局")));
		assertThat(resolver.resolve(" 市 教育\u3000局 ").status()).isEqualTo(Status.EXACT);
	}

	@Test
	void shouldResolveAnAlias() {
		Resolution resolution = resolver.resolve("市发改委");
		assertThat(resolution.status()).isEqualTo(Status.ALIAS);
		assertThat(resolution.canonicalName()).isEqualTo("市发展和改革委员会");
	}

	@Test
	void shouldResolveASuffixFragmentIgnoringTheCity() {
		Resolution resolution = resolver.resolve("环境局");
		assertThat(resolution.status()).isEqualTo(Status.FRAGMENT);
		assertThat(resolution.canonicalName()).isEqualTo("市生态环境局");
	}

	@Test
	void shouldResolveAPrefixFragmentIgnoringTheCity() {
		assertThat(resolver.resolve("市应急").canonicalName()).isEqualTo("市应急管理局");
		assertThat(resolver.resolve("应急 管理").canonicalName()).isEqualTo("市应急管理局");
	}

	@Test
	void shouldResolveAFragmentOfAnAlias() {
		Resolution resolution = resolver.resolve("环保局");
		assertThat(resolution.status()).isEqualTo(Status.FRAGMENT);
		assertThat(resolution.canonicalName()).isEqualTo("市生态环境局");
	}

	@Test
	void shouldResolveTheNameWithoutTheCityAsAFragment() {
		assertThat(resolver.resolve("生态环境局").status()).isEqualTo(Status.FRAGMENT);
	}

	@Test
	void shouldNotGuessAFragmentSharedByTwoDepartments() {
		Resolution resolution = resolver.resolve("市发展");
		assertThat(resolution.status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(resolution.canonicalName()).isNull();
		assertThat(resolution.candidates()).containsExactly("市发展和改革委员会", "市发展研究中心");
		assertThat(resolution.resolved()).isFalse();
	}

	@Test
	void shouldNotGuessAnAliasSharedByTwoDepartments() {
		Resolution resolution = resolver.resolve("市交通局");
		assertThat(resolution.status()).isEqualTo(Status.AMBIGUOUS);
		assertThat(resolution.candidates()).containsExactly("市交通运输局", "市公路与运输管理中心");
	}

	@Test
	void shouldCountAFragmentOfTheNameAndOfItsAliasAsOneDepartment() {
		assertThat(resolver.resolve("发展改革委").canonicalName()).isEqualTo("市发展和改革委员会");
	}

	@Test
	void shouldReportAnUnknownName() {
		assertThat(resolver.resolve("市气象局")).isEqualTo(new Resolution(Status.UNKNOWN, null, List.of()));
		assertThat(resolver.resolve("规划局").status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void shouldNotMatchFragmentsOfOneCharacter() {
		assertThat(resolver.resolve("局").status()).isEqualTo(Status.UNKNOWN);
		assertThat(resolver.resolve("市").status()).isEqualTo(Status.UNKNOWN);
		assertThat(resolver.resolve("").status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void shouldNotMatchTheMiddleOfAName() {
		assertThat(resolver.resolve("生态环境").status()).isEqualTo(Status.FRAGMENT);
		assertThat(resolver.resolve("态环境").status()).isEqualTo(Status.UNKNOWN);
	}

	@Test
	void shouldRefuseACatalogueThatListsADepartmentTwice() {
		assertThatThrownBy(() -> new DepartmentNameResolver(List.of(new KnownDepartment("市教育局"), new KnownDepartment("市 教育局"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("listed twice");
	}

	@Test
	void shouldResolveQuicklyInALargeCatalogue() {
		List<KnownDepartment> known = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			known.add(new KnownDepartment("市第" + i + "号管理服务中心", Set.of("市" + i + "号中心")));
		}
		DepartmentNameResolver large = new DepartmentNameResolver(known);
		long start = System.nanoTime();
		for (int i = 0; i < 20_000; i++) {
			assertThat(large.resolve("第" + i + "号管理").status()).isEqualTo(Status.FRAGMENT);
		}
		assertThat(System.nanoTime() - start).as("20,000 lookups, in nanoseconds").isLessThan(5_000_000_000L);
	}

}
