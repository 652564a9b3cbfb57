// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devicefarm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Represents an app or test scripts upload in AWS Device Farm.
 *
 * <p>CloudFormation type {@code AWS::DeviceFarm::Upload}.
 */
public final class Upload extends Resource<Upload> {
  private static final Schema SCHEMA = Schema.builder("AWS::DeviceFarm::Upload")
      .required("Name", "ProjectArn", "Type")
      .allowed("Type", "ANDROID_APP", "IOS_APP", "WEB_APP", "EXTERNAL_DATA",
          "APPIUM_JAVA_JUNIT_TEST_PACKAGE", "APPIUM_JAVA_TESTNG_TEST_PACKAGE",
          "APPIUM_PYTHON_TEST_PACKAGE", "APPIUM_NODE_TEST_PACKAGE", "APPIUM_RUBY_TEST_PACKAGE",
          "APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE", "APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE",
          "APPIUM_WEB_PYTHON_TEST_PACKAGE", "APPIUM_WEB_NODE_TEST_PACKAGE",
          "APPIUM_WEB_RUBY_TEST_PACKAGE", "CALABASH_TEST_PACKAGE", "INSTRUMENTATION_TEST_PACKAGE",
          "UIAUTOMATION_TEST_PACKAGE", "UIAUTOMATOR_TEST_PACKAGE", "XCTEST_TEST_PACKAGE",
          "XCTEST_UI_TEST_PACKAGE", "APPIUM_JAVA_JUNIT_TEST_SPEC", "APPIUM_JAVA_TESTNG_TEST_SPEC",
          "APPIUM_PYTHON_TEST_SPEC", "APPIUM_NODE_TEST_SPEC", "APPIUM_RUBY_TEST_SPEC",
          "APPIUM_WEB_JAVA_JUNIT_TEST_SPEC", "APPIUM_WEB_JAVA_TESTNG_TEST_SPEC",
          "APPIUM_WEB_PYTHON_TEST_SPEC", "APPIUM_WEB_NODE_TEST_SPEC", "APPIUM_WEB_RUBY_TEST_SPEC",
          "INSTRUMENTATION_TEST_SPEC", "XCTEST_UI_TEST_SPEC")
      .refYields("Arn")
      .attributes("Arn", "Category", "Created", "Status")
      .build();

  public Upload(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The upload's content type (for example, application/octet-stream).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ContentType}.
   */
  public Upload contentType(String value) {
    return set("ContentType", Value.of(value));
  }

  /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
  public Upload contentType(Value<String> value) {
    return set("ContentType", value);
  }

  /**
   * The upload's file name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Upload name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Upload name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the project for the upload.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ProjectArn}.
   */
  public Upload projectArn(String value) {
    return set("ProjectArn", Value.of(value));
  }

  /** Sets {@code ProjectArn} to this value; see {@link #projectArn(String)}. */
  public Upload projectArn(Value<String> value) {
    return set("ProjectArn", value);
  }

  /**
   * The upload's type.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ANDROID_APP}, {@code
   * IOS_APP}, {@code WEB_APP}, {@code EXTERNAL_DATA}, {@code APPIUM_JAVA_JUNIT_TEST_PACKAGE},
   * {@code APPIUM_JAVA_TESTNG_TEST_PACKAGE}, {@code APPIUM_PYTHON_TEST_PACKAGE}, {@code
   * APPIUM_NODE_TEST_PACKAGE}, {@code APPIUM_RUBY_TEST_PACKAGE}, {@code
   * APPIUM_WEB_JAVA_JUNIT_TEST_PACKAGE}, {@code APPIUM_WEB_JAVA_TESTNG_TEST_PACKAGE}, {@code
   * APPIUM_WEB_PYTHON_TEST_PACKAGE}, {@code APPIUM_WEB_NODE_TEST_PACKAGE}, {@code
   * APPIUM_WEB_RUBY_TEST_PACKAGE}, {@code CALABASH_TEST_PACKAGE}, {@code
   * INSTRUMENTATION_TEST_PACKAGE}, {@code UIAUTOMATION_TEST_PACKAGE}, {@code
   * UIAUTOMATOR_TEST_PACKAGE}, {@code XCTEST_TEST_PACKAGE}, {@code XCTEST_UI_TEST_PACKAGE}, {@code
   * APPIUM_JAVA_JUNIT_TEST_SPEC}, {@code APPIUM_JAVA_TESTNG_TEST_SPEC}, {@code
   * APPIUM_PYTHON_TEST_SPEC}, {@code APPIUM_NODE_TEST_SPEC}, {@code APPIUM_RUBY_TEST_SPEC}, {@code
   * APPIUM_WEB_JAVA_JUNIT_TEST_SPEC}, {@code APPIUM_WEB_JAVA_TESTNG_TEST_SPEC}, {@code
   * APPIUM_WEB_PYTHON_TEST_SPEC}, {@code APPIUM_WEB_NODE_TEST_SPEC}, {@code
   * APPIUM_WEB_RUBY_TEST_SPEC}, {@code INSTRUMENTATION_TEST_SPEC}, {@code XCTEST_UI_TEST_SPEC}.
   * CloudFormation property {@code Type}.
   */
  public Upload typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Upload typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the upload.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The upload's category.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Category}.
   */
  public Value<String> category() {
    return getAtt("Category");
  }

  /**
   * When the upload was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Created}.
   */
  public Value<String> created() {
    return getAtt("Created");
  }

  /**
   * The upload's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
