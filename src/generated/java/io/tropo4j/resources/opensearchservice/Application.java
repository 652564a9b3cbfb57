// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchservice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an OpenSearch UI application. For more information, see <a
 * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html">Using
 * the OpenSearch user interface in Amazon OpenSearch Service</a> .
 *
 * <p>CloudFormation type {@code AWS::OpenSearchService::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Application")
      .required("Name")
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:\\d{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("[a-z][a-z0-9\\-]+").minLength(3).maxLength(40))
      .refYields("Name")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of application configurations.
   *
   * <p>CloudFormation property {@code AppConfigs}.
   */
  public Application appConfigs(List<AppConfig> value) {
    return set("AppConfigs", Value.listOf(value));
  }

  /** Sets {@code AppConfigs} to this value; see {@link #appConfigs(List)}. */
  public Application appConfigs(Value<List<AppConfig>> value) {
    return set("AppConfigs", value);
  }

  /** Sets {@code AppConfigs} to a list of these; see {@link #appConfigs(List)}. */
  public Application appConfigs(AppConfig... values) {
    return set("AppConfigs", Value.list(values));
  }

  /**
   * List of data sources.
   *
   * <p>CloudFormation property {@code DataSources}.
   */
  public Application dataSources(List<DataSource> value) {
    return set("DataSources", Value.listOf(value));
  }

  /** Sets {@code DataSources} to this value; see {@link #dataSources(List)}. */
  public Application dataSources(Value<List<DataSource>> value) {
    return set("DataSources", value);
  }

  /** Sets {@code DataSources} to a list of these; see {@link #dataSources(List)}. */
  public Application dataSources(DataSource... values) {
    return set("DataSources", Value.list(values));
  }

  /**
   * The endpoint URL of an OpenSearch application.
   *
   * <p>CloudFormation property {@code Endpoint}.
   */
  public Application endpoint(String value) {
    return set("Endpoint", Value.of(value));
  }

  /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
  public Application endpoint(Value<String> value) {
    return set("Endpoint", value);
  }

  /**
   * Settings container for integrating IAM Identity Center with OpenSearch UI applications, which
   * enables enabling secure user authentication and access control across multiple data sources.
   * This setup supports single sign-on (SSO) through IAM Identity Center, allowing centralized user
   * management.
   *
   * <p>CloudFormation property {@code IamIdentityCenterOptions}.
   */
  public Application iamIdentityCenterOptions(Value<IamIdentityCenterOptions> value) {
    return set("IamIdentityCenterOptions", value);
  }

  /**
   * The ARN of the KMS key used to encrypt the application.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:&#92;d{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
   * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Application kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Application kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The name of an OpenSearch application.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * [a-z][a-z0-9&#92;-]+}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this application.
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
   * The Amazon Resource Name (ARN) of the domain. See <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/index.html">Identifiers for IAM
   * Entities</a> in <em>Using AWS Identity and Access Management</em> for more information.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of an OpenSearch application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Configuration settings for an OpenSearch application. For more information, see <a
   * href="https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html">Using
   * the OpenSearch user interface in Amazon OpenSearch Service</a> .
   *
   * <p>Property type {@code AWS::OpenSearchService::Application.AppConfig}.
   */
  public static final class AppConfig extends Struct<AppConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Application.AppConfig")
        .required("Key", "Value")
        .allowed("Key", "opensearchDashboards.dashboardAdmin.users",
            "opensearchDashboards.dashboardAdmin.groups")
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public AppConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration item to set, such as the admin role for the OpenSearch application.
     *
     * <p>Required. Allowed values: {@code opensearchDashboards.dashboardAdmin.users}, {@code
     * opensearchDashboards.dashboardAdmin.groups}. CloudFormation property {@code Key}.
     */
    public AppConfig key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AppConfig key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value assigned to the configuration key, such as an IAM user ARN.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public AppConfig value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AppConfig value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Data sources that are associated with an OpenSearch application.
   *
   * <p>Property type {@code AWS::OpenSearchService::Application.DataSource}.
   */
  public static final class DataSource extends Struct<DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchService::Application.DataSource")
        .required("DataSourceArn")
        .build();

    public DataSource() {
      super(SCHEMA);
    }

    /**
     * Amazon Resource Name (ARN) format.
     *
     * <p>Required. CloudFormation property {@code DataSourceArn}.
     */
    public DataSource dataSourceArn(String value) {
      return set("DataSourceArn", Value.of(value));
    }

    /** Sets {@code DataSourceArn} to this value; see {@link #dataSourceArn(String)}. */
    public DataSource dataSourceArn(Value<String> value) {
      return set("DataSourceArn", value);
    }

    /**
     * Detailed description of a data source.
     *
     * <p>CloudFormation property {@code DataSourceDescription}.
     */
    public DataSource dataSourceDescription(String value) {
      return set("DataSourceDescription", Value.of(value));
    }

    /**
     * Sets {@code DataSourceDescription} to this value; see {@link #dataSourceDescription(String)}.
     */
    public DataSource dataSourceDescription(Value<String> value) {
      return set("DataSourceDescription", value);
    }
  }

  /**
   * Configuration settings for IAM Identity Center in an OpenSearch application.
   *
   * <p>Property type {@code AWS::OpenSearchService::Application.IamIdentityCenterOptions}.
   */
  public static final class IamIdentityCenterOptions extends Struct<IamIdentityCenterOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchService::Application.IamIdentityCenterOptions");

    public IamIdentityCenterOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether IAM Identity Center is enabled for the OpenSearch application.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public IamIdentityCenterOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public IamIdentityCenterOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Amazon Resource Name (ARN) format.
     *
     * <p>CloudFormation property {@code IamIdentityCenterInstanceArn}.
     */
    public IamIdentityCenterOptions iamIdentityCenterInstanceArn(String value) {
      return set("IamIdentityCenterInstanceArn", Value.of(value));
    }

    /**
     * Sets {@code IamIdentityCenterInstanceArn} to this value; see {@link
     * #iamIdentityCenterInstanceArn(String)}.
     */
    public IamIdentityCenterOptions iamIdentityCenterInstanceArn(Value<String> value) {
      return set("IamIdentityCenterInstanceArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role assigned to the IAM Identity Center
     * application for the OpenSearch application.
     *
     * <p>CloudFormation property {@code IamRoleForIdentityCenterApplicationArn}.
     */
    public IamIdentityCenterOptions iamRoleForIdentityCenterApplicationArn(String value) {
      return set("IamRoleForIdentityCenterApplicationArn", Value.of(value));
    }

    /**
     * Sets {@code IamRoleForIdentityCenterApplicationArn} to this value; see {@link
     * #iamRoleForIdentityCenterApplicationArn(String)}.
     */
    public IamIdentityCenterOptions iamRoleForIdentityCenterApplicationArn(Value<String> value) {
      return set("IamRoleForIdentityCenterApplicationArn", value);
    }
  }
}
