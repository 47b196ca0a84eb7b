package dev.vigil.health;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A web application with actuator and Vigil's defaults.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class HealthTestApplication {

}
