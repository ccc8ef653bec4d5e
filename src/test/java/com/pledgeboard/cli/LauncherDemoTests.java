package com.pledgeboard.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} reaches the server as the property of the demonstration, other options as they are. */
class LauncherDemoTests {

	@Test
	void shouldReadDemoAsTheDemonstrationProperty() {
		assertThat(Launcher.serverArguments(new String[] { "--server.port=8081", "--demo" }))
			.containsExactly("--server.port=8081", "--pledgeboard.demo=true");
		assertThat(Launcher.serverArguments(new String[] { "--demo=false" })).containsExactly("--demo=false");
		assertThat(Launcher.serverArguments(new String[0])).isEmpty();
	}

}
