package com.partvote.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The assembled application. Component scanning stays inside this package: the adapters are
 * brought in by their configuration classes, and the core is wired by hand in
 * {@link UseCaseConfiguration}.
 */
@SpringBootApplication
@EnableScheduling
public class PartvoteApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PartvoteApplication.class);
        FatalErrors.install();
        app.addListeners(new DatabaseConfiguredGuard());
        app.run(args);
    }
}
