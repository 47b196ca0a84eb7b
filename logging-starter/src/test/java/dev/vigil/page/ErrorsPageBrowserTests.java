package dev.vigil.page;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.vigil.errors.ErrorRegistry;
import dev.vigil.test.TemporaryLogDirectory;
import dev.vigil.test.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The errors page in a real browser: Debian's Chromium, headless, driven through its
 * chromedriver, against the application on a random port behind a context path. Skipped, with
 * a message, only where Chromium is not installed; the CI script installs it.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
@SpringBootTest(classes = PageTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.context-path=/shop", "management.endpoints.web.exposure.include=vigil" })
class ErrorsPageBrowserTests extends TemporaryLogDirectory {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final String HOSTILE = "<img src=x onerror=alert(1)>";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ErrorRegistry registry;

	TestClient http;

	@BeforeAll
	static void startBrowser(@org.junit.jupiter.api.io.TempDir Path profile) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium is not installed: apt-get install -y chromium chromium-driver (the CI script does)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		// The driver's path given, Selenium Manager has nothing to look up or download.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void clear() {
		this.http = new TestClient(this.port);
		this.registry.clear();
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	@Order(1)
	void listsAGroupAfterAnErrorIsTriggered() {
		this.http.get("/shop/orders/1?message=Order%201%20failed");
		this.http.get("/shop/orders/2?message=Order%202%20failed");
		open(page(this.port, "/shop/actuator/vigil"));
		WebElement group = waitFor(By.cssSelector("#groups li"));
		assertThat(group.findElement(By.className("group-label")).getText())
			.isEqualTo("IllegalStateException at PageTestApplication$FailingController.order");
		assertThat(group.findElement(By.className("group-count")).getText()).startsWith("2");
		assertThat(group.findElement(By.className("group-source")).getText()).isEqualTo("HTTP 500 · GET /shop/orders/2");
		assertThat(group.findElement(By.className("group-message")).getText()).isEqualTo("Order 2 failed");
		assertThat(group.findElements(By.cssSelector("svg.sparkline polyline"))).hasSize(1);
		screenshot("errors-page-1280.png");
	}

	@Test
	@Order(2)
	void errorIdLinkOpensTheOccurrence() {
		String first = this.http.get("/shop/orders/3?message=First").errorId();
		this.http.get("/shop/orders/4?message=Second");
		open(page(this.port, "/shop/actuator/vigil?errorId=" + first));
		WebElement occurrence = waitFor(By.id("occurrence-facts"));
		assertThat(occurrence.getText()).contains(first).contains("GET /shop/orders/3").contains("500").contains("First");
		assertThat(browser.findElement(By.cssSelector("#occurrences tr.selected")).getText()).contains(first);
		assertThat(browser.findElements(By.cssSelector("#occurrences tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.id("detail-label")).getText())
			.isEqualTo("IllegalStateException at PageTestApplication$FailingController.order");
		WebElement applicationFrame = browser.findElement(By.cssSelector("#trace .application"));
		assertThat(applicationFrame.getText()).startsWith("at dev.vigil.page.PageTestApplication$FailingController.order(");
		WebElement libraryFrames = browser.findElement(By.cssSelector("#trace details"));
		assertThat(libraryFrames.getAttribute("open")).as("library frames collapsed").isNull();
		assertThat(libraryFrames.findElement(By.tagName("summary")).getText()).matches("\\d+ library frames?");
	}

	@Test
	@Order(3)
	void opensAGroupAndItsOccurrencesWithTheKeyboard() {
		this.http.get("/shop/payments?message=Card%20declined");
		String errorId = this.http.get("/shop/payments?message=Card%20expired").errorId();
		open(page(this.port, "/shop/actuator/vigil"));
		waitFor(By.cssSelector("#groups a.group")).sendKeys(Keys.ENTER);
		WebElement row = waitFor(By.cssSelector("#occurrences tbody tr"));
		assertThat(browser.getCurrentUrl()).endsWith("/shop/actuator/vigil?fingerprint="
				+ this.registry.groups().get(0).fingerprint());
		assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("Card expired");
		row.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
		waitFor(By.id("occurrence-facts"));
		assertThat(browser.getCurrentUrl()).endsWith("/shop/actuator/vigil?errorId=" + errorId);
		screenshot("errors-page-occurrence-1280.png");
	}

	@Test
	@Order(4)
	void searchFindsAnOccurrenceByRequestIdAndFiltersGroupsByText() {
		this.http.get("/shop/orders/10?message=Stock%20missing");
		this.http.get("/shop/payments?message=Card%20declined");
		String requestId = this.registry.groups().get(1).recentOccurrences().get(0).request().requestId();
		open(page(this.port, "/shop/actuator/vigil"));
		waitFor(By.cssSelector("#groups li"));
		WebElement query = browser.findElement(By.id("query"));
		query.sendKeys("card");
		assertThat(browser.findElements(By.cssSelector("#groups .group-message"))).extracting(WebElement::getText)
			.containsExactly("Card declined");
		query.clear();
		query.sendKeys(requestId, Keys.ENTER);
		assertThat(waitFor(By.id("occurrence-facts")).getText()).contains(requestId).contains("Stock missing");
		assertThat(browser.getCurrentUrl()).endsWith("/shop/actuator/vigil?requestId=" + requestId);
	}

	@Test
	@Order(5)
	void newErrorsAppearWithoutReload() {
		this.http.get("/shop/orders/5");
		open(page(this.port, "/shop/actuator/vigil"));
		waitFor(By.cssSelector("#groups li"));
		browser.executeScript("window.notReloaded = true;");
		this.http.get("/shop/payments?message=Gateway%20down");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#groups li"), 2));
		assertThat(browser.findElement(By.cssSelector("#groups li .group-label")).getText())
			.startsWith("UnsupportedOperationException");
		assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
	}

	@Test
	@Order(6)
	void hostileTextIsShownAsTextAndRunsNoScript() {
		String encoded = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
		String errorId = this.http.get("/shop/orders/" + encoded.replace("+", "%20") + "?message=" + encoded).errorId();
		this.http.get("/shop/jobs/run?input=" + encoded);
		open(page(this.port, "/shop/actuator/vigil"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#groups li"), 2));
		assertThat(browser.findElements(By.cssSelector("#groups .group-message"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder(HOSTILE, "Payment rejected for " + HOSTILE);
		assertNoScriptRan();
		open(page(this.port, "/shop/actuator/vigil?errorId=" + errorId));
		assertThat(waitFor(By.id("message")).getText()).isEqualTo(HOSTILE);
		assertThat(browser.findElement(By.id("occurrence-facts")).getText()).contains("/shop/orders/%3Cimg");
		assertNoScriptRan();
	}

	@Test
	@Order(7)
	void isReadableAt375PixelsWide() {
		this.http.get("/shop/orders/6?message=" + "Order%20failed%20with%20a%20long%20message".repeat(4));
		this.http.get("/shop/payments");
		browser.manage().window().setSize(new Dimension(375, 812));
		open(page(this.port, "/shop/actuator/vigil"));
		waitFor(By.cssSelector("#groups li"));
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
			.as("no horizontal scrolling").isLessThanOrEqualTo(0L);
		screenshot("errors-page-375.png");
		String errorId = this.registry.groups().get(1).recentOccurrences().get(0).request().errorId();
		open(page(this.port, "/shop/actuator/vigil?errorId=" + errorId));
		waitFor(By.id("occurrence-facts"));
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
			.as("no horizontal scrolling").isLessThanOrEqualTo(0L);
		screenshot("errors-page-occurrence-375.png");
	}

	@Test
	@Order(8)
	void followsTheSystemsDarkPreference() {
		this.http.get("/shop/orders/11?message=Seen%20at%20night");
		open(page(this.port, "/shop/actuator/vigil"));
		waitFor(By.cssSelector("#groups li"));
		assertThat(backgroundOfTheBody()).isEqualTo("rgb(255, 255, 255)");
		browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		try {
			assertThat(backgroundOfTheBody()).isEqualTo("rgb(22, 25, 28)");
			screenshot("errors-page-dark-1280.png");
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	private static Object backgroundOfTheBody() {
		return browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
	}

	// With a path mapping too, so the page finds its script, style sheet and data by its own name.
	// Last: the application started here takes over Logback's error events from the class's
	// own application, as the last application started in a JVM does.
	@Test
	@Order(99)
	void worksOnASeparateManagementPortAndKeepsPollingWhenTheApplicationStops() throws IOException {
		ConfigurableApplicationContext application = new SpringApplicationBuilder(PageTestApplication.class)
			.properties("server.port=0", "management.server.port=0", "management.server.base-path=/manage",
					"management.endpoints.web.exposure.include=vigil",
					"management.endpoints.web.path-mapping.vigil=errors-page",
					"vigil.file.directory=" + Files.createDirectories(logs.resolve("management-port")))
			.run();
		try {
			TestClient main = TestClient.of(application);
			int managementPort = Integer.parseInt(application.getEnvironment().getProperty("local.management.port"));
			assertThat(main.get("/actuator/errors-page").status()).isEqualTo(404);
			main.get("/orders/7?message=On%20the%20main%20port");
			open(page(managementPort, "/manage/actuator/errors-page"));
			WebElement group = waitFor(By.cssSelector("#groups li a.group"));
			assertThat(group.findElement(By.className("group-message")).getText()).isEqualTo("On the main port");
			group.sendKeys(Keys.ENTER);
			waitFor(By.cssSelector("#occurrences tbody tr"));
			browser.findElement(By.id("home")).sendKeys(Keys.ENTER);
			waitFor(By.cssSelector("#groups li"));
			assertThat(browser.getCurrentUrl()).isEqualTo(page(managementPort, "/manage/actuator/errors-page"));
		}
		finally {
			application.close();
		}
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.attributeContains(By.id("status"), "class", "offline"));
		assertThat(browser.findElement(By.cssSelector("#groups li .group-message")).getText())
			.as("what was shown stays").isEqualTo("On the main port");
	}

	private static void assertNoScriptRan() {
		assertThat(browser.findElements(By.tagName("img"))).as("no img element created").isEmpty();
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> browser.switchTo().alert());
	}

	private static String page(int port, String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static void open(String url) {
		browser.get(url);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("^Live")));
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = browser.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}


}
