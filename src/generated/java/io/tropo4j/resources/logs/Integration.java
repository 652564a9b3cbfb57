// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an integration between CloudWatch Logs and another service in this account. Currently,
 * only integrations with OpenSearch Service are supported, and currently you can have only one
 * integration in your account.
 *
 * <p>Integrating with OpenSearch Service makes it possible for you to create curated vended logs
 * dashboards, powered by OpenSearch Service analytics. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs-OpenSearch-Dashboards.html">Vended
 * log dashboards powered by Amazon OpenSearch Service</a> .
 *
 * <p>You can use this operation only to create a new integration. You can't modify an existing
 * integration.
 *
 * <p>CloudFormation type {@code AWS::Logs::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::Integration")
      .required("IntegrationName", "IntegrationType", "ResourceConfig")
      .constrain("IntegrationName", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(50))
      .allowed("IntegrationType", "OPENSEARCH")
      .refYields("IntegrationName")
      .attributes("IntegrationStatus")
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of this integration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation property {@code IntegrationName}.
   */
  public Integration integrationName(String value) {
    return set("IntegrationName", Value.of(value));
  }

  /** Sets {@code IntegrationName} to this value; see {@link #integrationName(String)}. */
  public Integration integrationName(Value<String> value) {
    return set("IntegrationName", value);
  }

  /**
   * The type of integration. Integrations with OpenSearch Service have the type
   * <code>OPENSEARCH</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code OPENSEARCH}.
   * CloudFormation property {@code IntegrationType}.
   */
  public Integration integrationType(String value) {
    return set("IntegrationType", Value.of(value));
  }

  /** Sets {@code IntegrationType} to this value; see {@link #integrationType(String)}. */
  public Integration integrationType(Value<String> value) {
    return set("IntegrationType", value);
  }

  /**
   * This structure contains configuration details about an integration between CloudWatch Logs and
   * another entity.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceConfig}.
   */
  public Integration resourceConfig(Value<ResourceConfig> value) {
    return set("ResourceConfig", value);
  }

  /**
   * The current status of this integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationStatus}.
   */
  public Value<String> integrationStatus() {
    return getAtt("IntegrationStatus");
  }

  /**
   * This structure contains configuration details about an integration between CloudWatch Logs and
   * OpenSearch Service.
   *
   * <p>Property type {@code AWS::Logs::Integration.OpenSearchResourceConfig}.
   */
  public static final class OpenSearchResourceConfig extends Struct<OpenSearchResourceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Integration.OpenSearchResourceConfig")
        .required("DashboardViewerPrincipals", "DataSourceRoleArn")
        .constrain("ApplicationARN", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(20).maxLength(2048))
        .constrain("DashboardViewerPrincipals", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(20).maxLength(2048))
        .constrain("DataSourceRoleArn", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(20).maxLength(2048))
        .constrain("KmsKeyArn", Constraint.of().pattern("[\\w#+=/:,.@-]*\\*?").minLength(20).maxLength(2048))
        .constrain("RetentionDays", Constraint.of().minimum(1).maximum(3650))
        .build();

    public OpenSearchResourceConfig() {
      super(SCHEMA);
    }

    /**
     * If you want to use an existing OpenSearch Service application for your integration with
     * OpenSearch Service, specify it here. If you omit this, a new application will be created.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code [&#92;w#+=/:,.&#64;-]*&#92;*?}.
     * CloudFormation property {@code ApplicationARN}.
     */
    public OpenSearchResourceConfig applicationARN(String value) {
      return set("ApplicationARN", Value.of(value));
    }

    /** Sets {@code ApplicationARN} to this value; see {@link #applicationARN(String)}. */
    public OpenSearchResourceConfig applicationARN(Value<String> value) {
      return set("ApplicationARN", value);
    }

    /**
     * Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing
     * the dashboards.
     *
     * <p>In addition to specifying these users here, you must also grant them the
     * <em>CloudWatchOpenSearchDashboardAccess</em> IAM policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-UserRoles.html">IAM
     * policies for users</a> .
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code [&#92;w#+=/:,.&#64;-]*&#92;*?}.
     * CloudFormation property {@code DashboardViewerPrincipals}.
     */
    public OpenSearchResourceConfig dashboardViewerPrincipals(List<String> value) {
      return set("DashboardViewerPrincipals", Value.listOf(value));
    }

    /**
     * Sets {@code DashboardViewerPrincipals} to this value; see {@link
     * #dashboardViewerPrincipals(List)}.
     */
    public OpenSearchResourceConfig dashboardViewerPrincipals(Value<List<String>> value) {
      return set("DashboardViewerPrincipals", value);
    }

    /**
     * Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration. This
     * role must have the permissions necessary to access the OpenSearch Service collection to be
     * able to create the dashboards. For more information about the permissions needed, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-CreateRole.html">Permissions
     * that the integration needs</a> in the CloudWatch Logs User Guide.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code [&#92;w#+=/:,.&#64;-]*&#92;*?}.
     * CloudFormation property {@code DataSourceRoleArn}.
     */
    public OpenSearchResourceConfig dataSourceRoleArn(String value) {
      return set("DataSourceRoleArn", Value.of(value));
    }

    /** Sets {@code DataSourceRoleArn} to this value; see {@link #dataSourceRoleArn(String)}. */
    public OpenSearchResourceConfig dataSourceRoleArn(Value<String> value) {
      return set("DataSourceRoleArn", value);
    }

    /**
     * To have the vended dashboard data encrypted with AWS instead of the CloudWatch Logs default
     * encryption method, specify the ARN of the AWS key that you want to use.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code [&#92;w#+=/:,.&#64;-]*&#92;*?}.
     * CloudFormation property {@code KmsKeyArn}.
     */
    public OpenSearchResourceConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public OpenSearchResourceConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Specify how many days that you want the data derived by OpenSearch Service to be retained in
     * the index that the dashboard refers to. This also sets the maximum time period that you can
     * choose when viewing data in the dashboard. Choosing a longer time frame will incur additional
     * costs.
     *
     * <p>Range: 1 to 3650. CloudFormation property {@code RetentionDays}.
     */
    public OpenSearchResourceConfig retentionDays(int value) {
      return set("RetentionDays", Value.of(value));
    }

    /** Sets {@code RetentionDays} to this value; see {@link #retentionDays(int)}. */
    public OpenSearchResourceConfig retentionDays(Value<Integer> value) {
      return set("RetentionDays", value);
    }
  }

  /**
   * This structure contains configuration details about an integration between CloudWatch Logs and
   * another entity.
   *
   * <p>Property type {@code AWS::Logs::Integration.ResourceConfig}.
   */
  public static final class ResourceConfig extends Struct<ResourceConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Logs::Integration.ResourceConfig");

    public ResourceConfig() {
      super(SCHEMA);
    }

    /**
     * This structure contains configuration details about an integration between CloudWatch Logs
     * and OpenSearch Service.
     *
     * <p>CloudFormation property {@code OpenSearchResourceConfig}.
     */
    public ResourceConfig openSearchResourceConfig(Value<OpenSearchResourceConfig> value) {
      return set("OpenSearchResourceConfig", value);
    }
  }
}
