// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appintegrations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and persists an Application resource.
 *
 * <p>CloudFormation type {@code AWS::AppIntegrations::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::Application")
      .required("ApplicationSourceConfig", "Name", "Namespace")
      .allowed("ApplicationType", "STANDARD", "SERVICE", "MCP_SERVER")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
      .constrain("InitializationTimeout", Constraint.of().minimum(1).maximum(600000))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\/\\._ \\-]+$").minLength(1).maxLength(255))
      .constrain("Namespace", Constraint.of().pattern("^[a-zA-Z0-9/\\._\\-]+$").minLength(1).maxLength(255))
      .constrain("Permissions", Constraint.of().pattern("^[a-zA-Z0-9\\/\\._\\-\\*]+$").minLength(1).maxLength(255))
      .refYields("ApplicationArn")
      .attributes("ApplicationArn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code ApplicationConfig}. */
  public Application applicationConfig(Value<ApplicationConfig> value) {
    return set("ApplicationConfig", value);
  }

  /**
   * The configuration for where the application should be loaded from.
   *
   * <p>Required. CloudFormation property {@code ApplicationSourceConfig}.
   */
  public Application applicationSourceConfig(Value<ApplicationSourceConfig> value) {
    return set("ApplicationSourceConfig", value);
  }

  /**
   * The type of application
   *
   * <p>Allowed values: {@code STANDARD}, {@code SERVICE}, {@code MCP_SERVER}. CloudFormation
   * property {@code ApplicationType}.
   */
  public Application applicationType(String value) {
    return set("ApplicationType", Value.of(value));
  }

  /** Sets {@code ApplicationType} to this value; see {@link #applicationType(String)}. */
  public Application applicationType(Value<String> value) {
    return set("ApplicationType", value);
  }

  /**
   * The description of the application.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code IframeConfig}. */
  public Application iframeConfig(Value<IframeConfig> value) {
    return set("IframeConfig", value);
  }

  /**
   * The initialization timeout in milliseconds. Required when IsService is true.
   *
   * <p>Range: 1 to 600000. CloudFormation property {@code InitializationTimeout}.
   */
  public Application initializationTimeout(int value) {
    return set("InitializationTimeout", Value.of(value));
  }

  /** Sets {@code InitializationTimeout} to this value; see {@link #initializationTimeout(int)}. */
  public Application initializationTimeout(Value<Integer> value) {
    return set("InitializationTimeout", value);
  }

  /**
   * Indicates whether the application is a service.
   *
   * <p>Default: {@code false}. CloudFormation property {@code IsService}.
   */
  public Application isService(boolean value) {
    return set("IsService", Value.of(value));
  }

  /** Sets {@code IsService} to this value; see {@link #isService(boolean)}. */
  public Application isService(Value<Boolean> value) {
    return set("IsService", value);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;/&#92;._ &#92;-]+$}.
   * CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The namespace of the application.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9/&#92;._&#92;-]+$}.
   * CloudFormation property {@code Namespace}.
   */
  public Application namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Application namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The configuration of events or requests that the application has access to.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9&#92;/&#92;._&#92;-&#92;*]+$}.
   * CloudFormation property {@code Permissions}.
   */
  public Application permissions(List<String> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Application permissions(Value<List<String>> value) {
    return set("Permissions", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationArn}.
   */
  public Value<String> applicationArn() {
    return getAtt("ApplicationArn");
  }

  /**
   * A unique identifier for the Application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::AppIntegrations::Application.ApplicationConfig}. */
  public static final class ApplicationConfig extends Struct<ApplicationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppIntegrations::Application.ApplicationConfig");

    public ApplicationConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContactHandling}. */
    public ApplicationConfig contactHandling(Value<ContactHandling> value) {
      return set("ContactHandling", value);
    }
  }

  /**
   * The configuration for where the application should be loaded from.
   *
   * <p>Property type {@code AWS::AppIntegrations::Application.ApplicationSourceConfig}.
   */
  public static final class ApplicationSourceConfig extends Struct<ApplicationSourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::Application.ApplicationSourceConfig")
        .required("ExternalUrlConfig")
        .build();

    public ApplicationSourceConfig() {
      super(SCHEMA);
    }

    /**
     * The external URL source for the application.
     *
     * <p>Required. CloudFormation property {@code ExternalUrlConfig}.
     */
    public ApplicationSourceConfig externalUrlConfig(Value<ExternalUrlConfig> value) {
      return set("ExternalUrlConfig", value);
    }
  }

  /** Property type {@code AWS::AppIntegrations::Application.ContactHandling}. */
  public static final class ContactHandling extends Struct<ContactHandling> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::Application.ContactHandling")
        .required("Scope")
        .allowed("Scope", "CROSS_CONTACTS", "PER_CONTACT")
        .build();

    public ContactHandling() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code CROSS_CONTACTS}, {@code PER_CONTACT}. CloudFormation
     * property {@code Scope}.
     */
    public ContactHandling scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public ContactHandling scope(Value<String> value) {
      return set("Scope", value);
    }
  }

  /**
   * The external URL source for the application.
   *
   * <p>Property type {@code AWS::AppIntegrations::Application.ExternalUrlConfig}.
   */
  public static final class ExternalUrlConfig extends Struct<ExternalUrlConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::Application.ExternalUrlConfig")
        .required("AccessUrl")
        .constrain("AccessUrl", Constraint.of().pattern("^\\w+\\:\\/\\/.*$").minLength(1).maxLength(1000))
        .constrain("ApprovedOrigins", Constraint.of().pattern("^\\w+\\:\\/\\/.*$").minLength(1).maxLength(1000))
        .build();

    public ExternalUrlConfig() {
      super(SCHEMA);
    }

    /**
     * The URL to access the application.
     *
     * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^&#92;w+&#92;:&#92;/&#92;/.*$}.
     * CloudFormation property {@code AccessUrl}.
     */
    public ExternalUrlConfig accessUrl(String value) {
      return set("AccessUrl", Value.of(value));
    }

    /** Sets {@code AccessUrl} to this value; see {@link #accessUrl(String)}. */
    public ExternalUrlConfig accessUrl(Value<String> value) {
      return set("AccessUrl", value);
    }

    /**
     * Additional URLs to allow list if different than the access URL.
     *
     * <p>Length: 1 to 1000 characters. Pattern: {@code ^&#92;w+&#92;:&#92;/&#92;/.*$}.
     * CloudFormation property {@code ApprovedOrigins}.
     */
    public ExternalUrlConfig approvedOrigins(List<String> value) {
      return set("ApprovedOrigins", Value.listOf(value));
    }

    /** Sets {@code ApprovedOrigins} to this value; see {@link #approvedOrigins(List)}. */
    public ExternalUrlConfig approvedOrigins(Value<List<String>> value) {
      return set("ApprovedOrigins", value);
    }
  }

  /** Property type {@code AWS::AppIntegrations::Application.IframeConfig}. */
  public static final class IframeConfig extends Struct<IframeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppIntegrations::Application.IframeConfig")
        .constrain("Allow", Constraint.of().pattern("^[a-z-]+$").minLength(1).maxLength(100))
        .constrain("Sandbox", Constraint.of().pattern("^[a-z-]+$").minLength(1).maxLength(100))
        .build();

    public IframeConfig() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 100 characters. Pattern: {@code ^[a-z-]+$}. CloudFormation property {@code
     * Allow}.
     */
    public IframeConfig allow(List<String> value) {
      return set("Allow", Value.listOf(value));
    }

    /** Sets {@code Allow} to this value; see {@link #allow(List)}. */
    public IframeConfig allow(Value<List<String>> value) {
      return set("Allow", value);
    }

    /**
     * Length: 1 to 100 characters. Pattern: {@code ^[a-z-]+$}. CloudFormation property {@code
     * Sandbox}.
     */
    public IframeConfig sandbox(List<String> value) {
      return set("Sandbox", Value.listOf(value));
    }

    /** Sets {@code Sandbox} to this value; see {@link #sandbox(List)}. */
    public IframeConfig sandbox(Value<List<String>> value) {
      return set("Sandbox", value);
    }
  }
}
