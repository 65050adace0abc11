package org.quire.platform;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart limits follow {@code quire.limits.upload-bytes}, so one setting decides the largest
 * import: a file over it is a 413 (problem+json under {@code /api}), never a 500. The request may
 * be a little larger than the file, for the form fields sent with it.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {
  /** Room for the form fields that come with an uploaded file. */
  static final long FORM_FIELDS_BYTES = 1024 * 1024;

  @Bean
  MultipartConfigElement multipartConfigElement(QuireProperties properties) {
    long file = properties.limits().uploadBytes();
    return new MultipartConfigElement("", file, file + FORM_FIELDS_BYTES, 1024 * 1024);
  }
}
