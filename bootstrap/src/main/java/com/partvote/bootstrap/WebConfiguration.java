package com.partvote.bootstrap;

import com.partvote.adapters.web.WebAdapterConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The REST adapter. */
@Configuration(proxyBeanMethods = false)
@Import(WebAdapterConfiguration.class)
class WebConfiguration {
}
