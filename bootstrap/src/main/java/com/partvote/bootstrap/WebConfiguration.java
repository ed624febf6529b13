package com.partvote.bootstrap;

import com.partvote.adapters.web.WebAdapterConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/** The REST adapter, and the server it runs in. */
@Configuration(proxyBeanMethods = false)
@Import(WebAdapterConfiguration.class)
class WebConfiguration {

    /**
     * Tomcat's per-connection socket buffers (8 KiB each way by default). A live-results stream
     * keeps its connection, and with it these buffers, for as long as it is watched: with 2,000
     * watchers every KiB here is 2 MiB of heap. Requests and answers are small (the largest body
     * is the roll's CSV, which streams through), so a smaller buffer costs a few more system calls
     * for the largest static files and nothing else.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketBuffers(
            @Value("${partvote.web.socket-buffer:2KB}") DataSize size) {
        String bytes = Long.toString(size.toBytes());
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", bytes);
            connector.setProperty("socket.appWriteBufSize", bytes);
        });
    }
}
