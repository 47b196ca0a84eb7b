package dev.vigil.alerts;

import org.springframework.test.context.TestPropertySource;

/**
 * With {@code vigil.requests.console=true} the request lines reach the root logger's appenders
 * as well: the rule still counts each line once.
 */
@TestPropertySource(properties = "vigil.requests.console=true")
class RequestLineAlertOnConsoleTests extends RequestLineAlertTests {

}
