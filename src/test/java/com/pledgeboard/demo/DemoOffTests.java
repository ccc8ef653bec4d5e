package com.pledgeboard.demo;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.cli.CommandLineInterface;
import com.pledgeboard.support.CapturingSmsGateway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without {@code --demo}: the seed year alone, honestly unreported, and no banner anywhere. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ApplicationContext context;

	@Test
	void shouldMakeNoDemonstrationByDefault() throws Exception {
		assertThat(context.getBeansOfType(DemoYear.class)).isEmpty();
		assertThat(context.getBeansOfType(DemoBanner.class)).isEmpty();
		assertThat(catalogue.findPlanYear("330500", 2021)).isEmpty();
		mvc.perform(get("/years/2022")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("demo-banner"))));
	}

	@Test
	void shouldRefuseTheDemonstrationWithAGatewayThatSends() {
		assertThatThrownBy(() -> new DemoYear(null, null, null, null, null, null, null, null, new CapturingSmsGateway(), null,
				null, null)).isInstanceOf(IllegalStateException.class).hasMessageContaining("sms-gateway=log");
	}

	@Test
	void shouldTakeDemoForAServerOptionNotACommand() {
		assertThat(CommandLineInterface.handles(new String[] { "--demo" })).isFalse();
		assertThat(CommandLineInterface.handles(new String[] { "--demo", "--server.port=8081" })).isFalse();
		assertThat(CommandLineInterface.handles(new String[] { "demo" })).isTrue();
	}

}
