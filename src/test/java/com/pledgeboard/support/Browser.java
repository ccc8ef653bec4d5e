package com.pledgeboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by its chromedriver, headless, with no network of its own. On CI
 * ({@code CI=true}) a missing browser fails the run; elsewhere the browser tests are skipped with a
 * note, since {@code .ci/run} installs the browser.
 * <p>
 * A Chromium takes seconds of the machine's two cores to start, so a tour's browser is kept when the
 * tour closes it, with nothing of the tour left in it (see {@link #close}), and the next tour to start
 * on the same thread takes it: each thread's tours use one browser in turn, and the two streams of
 * tests never share one. The browsers kept are quit when the JVM ends.
 */
public final class Browser implements AutoCloseable {

	/** The browser each thread's last tour left, emptied, for the thread's next tour. */
	private static final Map<Thread, ChromeDriver> IDLE = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(ChromeDriver::quit), "browsers-quit"));
	}

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path screenshots;

	private Browser(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
	}

	public static Browser start(String journey) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && !"true".equals(System.getenv("CI"))) {
			Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		}
		ChromeDriver driver = IDLE.remove(Thread.currentThread());
		if (driver == null) {
			driver = launch();
		}
		Path dir = Path.of("target", "screenshots", journey);
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Browser(driver, dir);
	}

	private static ChromeDriver launch() {
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + WIDTHS[0][0] + "," + WIDTHS[0][1]);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * Signs in through the sign-in page of the application at {@code base} and checks that the browser
	 * arrived on the back office's home.
	 */
	public void signIn(String base, String username, String password) {
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(awaitUrl("/admin")).endsWith("/admin");
	}

	/** {@link #signIn(String, String, String)} with {@link TestUsers#PASSWORD}. */
	public void signIn(String base, String username) {
		signIn(base, username, TestUsers.PASSWORD);
	}

	/** Signs out with the button of the page's user menu and waits for the sign-in page to say so. */
	public void signOut() {
		driver.findElement(By.cssSelector(".user-nav button")).click();
		awaitUrl("/login?signedOut");
	}

	/**
	 * Waits until the browser's address contains {@code fragment}, as it will once the navigation a
	 * click started has arrived; a click does not wait for that by itself.
	 */
	public String awaitUrl(String fragment) {
		return awaitUrl(driver, fragment);
	}

	public static String awaitUrl(WebDriver web, String fragment) {
		new WebDriverWait(web, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(fragment));
		return web.getCurrentUrl();
	}

	/**
	 * Waits until the element's text contains {@code expected}, reading it again when the page it was
	 * found on has been replaced by the one a click led to; returns the text.
	 */
	public static String awaitText(WebDriver web, By element, String expected) {
		String[] seen = { null };
		try {
			new WebDriverWait(web, Duration.ofSeconds(15)).until(d -> {
				try {
					seen[0] = d.findElement(element).getText();
					return seen[0].contains(expected);
				}
				catch (StaleElementReferenceException | NoSuchElementException ex) {
					return false;
				}
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError("expected " + element + " to contain '" + expected + "' but saw '" + seen[0] + "'", ex);
		}
		return seen[0];
	}

	/** The widths every page is checked and kept at: a desktop's (the window's own) and a phone's. */
	private static final int[][] WIDTHS = { { 1280, 900 }, { 390, 844 } };

	/** The window's size as last set: a change of size costs a round trip and a relayout, so none is made twice. */
	private int[] size = WIDTHS[0];

	private void resize(int[] to) {
		if (size != to) {
			driver.manage().window().setSize(new Dimension(to[0], to[1]));
			size = to;
		}
	}

	/**
	 * Everything a tour checks of a page, at each width in turn, in one pass: saves the screenshot, fails
	 * on a serious or critical accessibility violation (see {@link #assertAccessible}) and returns the
	 * layout problems (see {@link #layoutProblems}) by width. The window changes size twice where the
	 * three checks one after the other change it six times.
	 */
	public Map<Integer, List<String>> inspect(String name, String page) {
		boolean axe = injectAxe();
		Map<Integer, List<String>> problems = new LinkedHashMap<>();
		forEachWidth(width -> {
			save(name, width);
			if (axe) {
				assertNoViolations(page, width);
			}
			layoutProblemsNow(width, problems);
		});
		return problems;
	}

	/** Does {@code check} at each width in turn, the window back at the desktop's width after. */
	private void forEachWidth(IntConsumer check) {
		try {
			for (int[] width : WIDTHS) {
				resize(width);
				check.accept(width[0]);
			}
		}
		finally {
			resize(WIDTHS[0]);
		}
	}

	/** {@link #inspect}, failing also on a layout problem. */
	public void assertInspected(String name, String page) {
		assertThat(inspect(name, page)).as("layout of " + page + " at 1280 and 390 px").isEmpty();
	}

	/**
	 * The labels ECharts drew on each chart of the page, as it laid them out: chart number, text, and the
	 * box in the chart's pixels, with the chart's size. Charts draw on a canvas, where text is drawn in
	 * the font it was measured in (SVG text would take its font from a style attribute, which the content
	 * security policy refuses, and come out larger than measured); the display list is ECharts' own, so
	 * a label ECharts hid to avoid an overlap is not in it.
	 */
	private static final String CHART_LABELS = """
			const labels = [];
			document.querySelectorAll('[_echarts_instance_]').forEach((dom, n) => {
			  const chart = echarts.getInstanceByDom(dom);
			  if (!chart) return;
			  chart.getZr().storage.getDisplayList(true).forEach(el => {
			    if ((el.type !== 'tspan' && el.type !== 'text') || !el.style || !String(el.style.text || '').trim() || el.invisible) return;
			    const r = el.getBoundingRect().clone();
			    if (el.transform) r.applyTransform(el.transform);
			    labels.push({ chart: n, text: String(el.style.text).trim(), left: r.x, top: r.y, right: r.x + r.width,
			      bottom: r.y + r.height, width: chart.getWidth(), height: chart.getHeight() });
			  });
			});
			return labels;""";

	/**
	 * What is wrong with the layout at the window's width: the whole page scrolling sideways
	 * ({@code document.scrollingElement}; a wide table may scroll inside a region of its own, which does
	 * not count), a chart's label (axis, legend, point) running out of its chart, or two labels of one
	 * chart on top of each other. The check waits two frames for charts to be redrawn after the window
	 * changed size.
	 */
	private static final String LAYOUT = """
			const done = arguments[arguments.length - 1];
			const chartLabels = () => { %s };
			requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
			  const problems = [];
			  const page = document.scrollingElement;
			  if (page.scrollWidth > page.clientWidth) {
			    // The outermost elements that reach past the page's width, to say what to mend.
			    const wide = [...document.body.querySelectorAll('*')]
			      .filter(e => e.getBoundingClientRect().right > page.clientWidth + 1
			        && !(e.parentElement && e.parentElement.getBoundingClientRect().right > page.clientWidth + 1))
			      .slice(0, 3)
			      .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''));
			    problems.push('the page scrolls sideways: ' + page.scrollWidth + 'px wide in ' + page.clientWidth + 'px, past it: ' + wide.join(', '));
			  }
			  const labels = typeof echarts === 'undefined' ? [] : chartLabels();
			  labels.forEach(l => {
			    if (l.left < -1 || l.top < -1 || l.right > l.width + 1 || l.bottom > l.height + 1) {
			      problems.push('chart ' + l.chart + ': the label "' + l.text + '" runs out of its chart');
			    }
			  });
			  labels.forEach((a, i) => labels.slice(i + 1).forEach(b => {
			    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			    const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			    if (a.chart === b.chart && x > 2 && y > 2) {
			      problems.push('chart ' + a.chart + ': the labels "' + a.text + '" and "' + b.text + '" overlap');
			    }
			  }));
			  done(problems);
			}, 50)));""".formatted(CHART_LABELS);

	/** The text of every label drawn on the page's charts. */
	public List<String> chartLabels() {
		Object labels = driver.executeScript("if (typeof echarts === 'undefined') return []; const all = (() => { "
				+ CHART_LABELS + " })(); return all.map(l => l.text);");
		return ((List<?>) labels).stream().map(String::valueOf).toList();
	}

	/** The layout problems of the page (see {@link #LAYOUT}) at each width, by width. */
	public Map<Integer, List<String>> layoutProblems() {
		Map<Integer, List<String>> problems = new LinkedHashMap<>();
		forEachWidth(width -> layoutProblemsNow(width, problems));
		return problems;
	}

	private void layoutProblemsNow(int width, Map<Integer, List<String>> problems) {
		List<String> found = ((List<?>) driver.executeAsyncScript(LAYOUT)).stream().map(String::valueOf).toList();
		if (!found.isEmpty()) {
			problems.put(width, found);
		}
	}

	/** Fails when the page scrolls sideways or a chart's labels run out or overlap, at either width. */
	public void assertLaidOut(String page) {
		assertThat(layoutProblems()).as("layout of " + page + " at 1280 and 390 px").isEmpty();
	}

	/** Saves the page as it looks on a desktop and on a phone. */
	public void screenshot(String name) {
		forEachWidth(width -> save(name, width));
	}

	/**
	 * Keeps the window as it shows the page, as PNG: DevTools' capture (what the driver's screenshot is)
	 * with Chromium's faster PNG encoding, a larger file for a fifth less of the browser's time.
	 */
	private void save(String name, int width) {
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true));
		try {
			Files.write(screenshots.resolve(name + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then(r => done(r.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
			  .catch(e => done(['axe failed: ' + e]));""";

	/**
	 * Runs axe-core (from npm, installed by {@code .ci/run}) on the page at a desktop's and at a phone's
	 * width and fails on any serious or critical violation of WCAG 2.1 A and AA. The script is injected by the driver, which the page's
	 * Content-Security-Policy does not govern.
	 */
	public void assertAccessible(String page) {
		if (injectAxe()) {
			forEachWidth(width -> assertNoViolations(page, width));
		}
	}

	/** DevTools' identifier of the script that puts axe-core into every page opened, once registered (see {@link #injectAxe}). */
	private String axeOnEveryPage;

	/**
	 * Puts axe-core into the page; false where it is not installed outside CI. The first call also asks
	 * Chromium (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}) to put it into every page opened
	 * after, so that its half a megabyte is sent to the browser once per tour rather than once per page.
	 */
	private boolean injectAxe() {
		if (!Files.isReadable(AXE)) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("axe-core is missing: npm ci --prefix src/test/js");
			}
			return false;
		}
		if (axeOnEveryPage != null && Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
			return true;
		}
		try {
			String source = Files.readString(AXE);
			driver.executeScript(source);
			if (axeOnEveryPage == null) {
				axeOnEveryPage = (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
					.get("identifier");
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void assertNoViolations(String page, int width) {
		Object violations = driver.executeAsyncScript(RUN_AXE);
		assertThat((List<?>) violations).as("serious or critical accessibility violations on " + page + " at " + width + " px")
			.isEmpty();
	}

	/**
	 * Ends the tour and leaves its browser for the next one with nothing of this tour in it: no cookie of
	 * any site (signed-in sessions, the language chosen), nothing cached, no script put into its pages,
	 * a blank page in the one window, at the desktop's size. A browser that cannot be so emptied (an
	 * alert left open, a second window) is quit instead, as is one this thread already kept.
	 */
	@Override
	public void close() {
		ChromeDriver left = emptied() ? IDLE.put(Thread.currentThread(), driver) : driver;
		if (left != null) {
			left.quit();
		}
	}

	private boolean emptied() {
		try {
			if (driver.getWindowHandles().size() != 1) {
				return false;
			}
			if (axeOnEveryPage != null) {
				driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeOnEveryPage));
			}
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			resize(WIDTHS[0]);
			return true;
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

}
