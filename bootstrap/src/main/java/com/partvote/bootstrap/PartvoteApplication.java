package com.partvote.bootstrap;

import com.partvote.verifier.Verify;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The assembled application. Component scanning stays inside this package: the adapters are
 * brought in by their configuration classes, and the core is wired by hand in
 * {@link UseCaseConfiguration}. {@code partvote.jar verify ...} runs the ballot log's verifier instead,
 * before anything of Spring starts (it needs no database and no configuration).
 */
@SpringBootApplication
@EnableScheduling
public class PartvoteApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(Verify.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication app = new SpringApplication(PartvoteApplication.class);
        FatalErrors.install();
        app.addListeners(new DatabaseConfiguredGuard());
        app.run(args);
    }
}
