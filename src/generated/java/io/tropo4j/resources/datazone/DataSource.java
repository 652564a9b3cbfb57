// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::DataZone::DataSource</code> resource specifies an Amazon DataZone data source that
 * is used to import technical metadata of assets (data) from the source databases or data
 * warehouses into Amazon DataZone.
 *
 * <p>CloudFormation type {@code AWS::DataZone::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource")
      .required("DomainIdentifier", "Name", "ProjectIdentifier", "Type")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .allowed("EnableSetting", "ENABLED", "DISABLED")
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .constrain("Type", Constraint.of().minLength(1).maxLength(256))
      .attributes("ConnectionId", "CreatedAt", "DomainId", "EnvironmentId", "Id",
          "LastRunAssetCount", "LastRunAt", "LastRunStatus", "ProjectId", "Status", "UpdatedAt")
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The metadata forms attached to the assets that the data source works with.
   *
   * <p>CloudFormation property {@code AssetFormsInput}.
   */
  public DataSource assetFormsInput(List<FormInput> value) {
    return set("AssetFormsInput", Value.listOf(value));
  }

  /** Sets {@code AssetFormsInput} to this value; see {@link #assetFormsInput(List)}. */
  public DataSource assetFormsInput(Value<List<FormInput>> value) {
    return set("AssetFormsInput", value);
  }

  /** Sets {@code AssetFormsInput} to a list of these; see {@link #assetFormsInput(List)}. */
  public DataSource assetFormsInput(FormInput... values) {
    return set("AssetFormsInput", Value.list(values));
  }

  /**
   * The configuration of the data source.
   *
   * <p>CloudFormation property {@code Configuration}.
   */
  public DataSource configuration(Value<DataSourceConfigurationInput> value) {
    return set("Configuration", value);
  }

  /**
   * The unique identifier of a connection used to fetch relevant parameters from connection during
   * Datasource run
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ConnectionIdentifier}.
   */
  public DataSource connectionIdentifier(String value) {
    return set("ConnectionIdentifier", Value.of(value));
  }

  /** Sets {@code ConnectionIdentifier} to this value; see {@link #connectionIdentifier(String)}. */
  public DataSource connectionIdentifier(Value<String> value) {
    return set("ConnectionIdentifier", value);
  }

  /**
   * The description of the data source.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the Amazon DataZone domain where the data source is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public DataSource domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public DataSource domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * Specifies whether the data source is enabled.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * EnableSetting}.
   */
  public DataSource enableSetting(String value) {
    return set("EnableSetting", Value.of(value));
  }

  /** Sets {@code EnableSetting} to this value; see {@link #enableSetting(String)}. */
  public DataSource enableSetting(Value<String> value) {
    return set("EnableSetting", value);
  }

  /**
   * The unique identifier of the Amazon DataZone environment to which the data source publishes
   * assets.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentIdentifier}.
   */
  public DataSource environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public DataSource environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * The name of the data source.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the Amazon DataZone project in which you want to add this data source.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ProjectIdentifier}.
   */
  public DataSource projectIdentifier(String value) {
    return set("ProjectIdentifier", Value.of(value));
  }

  /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
  public DataSource projectIdentifier(Value<String> value) {
    return set("ProjectIdentifier", value);
  }

  /**
   * Specifies whether the assets that this data source creates in the inventory are to be also
   * automatically published to the catalog.
   *
   * <p>CloudFormation property {@code PublishOnImport}.
   */
  public DataSource publishOnImport(boolean value) {
    return set("PublishOnImport", Value.of(value));
  }

  /** Sets {@code PublishOnImport} to this value; see {@link #publishOnImport(boolean)}. */
  public DataSource publishOnImport(Value<Boolean> value) {
    return set("PublishOnImport", value);
  }

  /**
   * Specifies whether the business name generation is to be enabled for this data source.
   *
   * <p>CloudFormation property {@code Recommendation}.
   */
  public DataSource recommendation(Value<RecommendationConfiguration> value) {
    return set("Recommendation", value);
  }

  /**
   * The schedule of the data source runs.
   *
   * <p>CloudFormation property {@code Schedule}.
   */
  public DataSource schedule(Value<ScheduleConfiguration> value) {
    return set("Schedule", value);
  }

  /**
   * The type of the data source. In Amazon DataZone, you can use data sources to import technical
   * metadata of assets (data) from the source databases or data warehouses into Amazon DataZone. In
   * the current release of Amazon DataZone, you can create and run data sources for AWS Glue and
   * Amazon Redshift.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code Type}.
   */
  public DataSource typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public DataSource typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The connection ID that's part of the data source summary.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionId}.
   */
  public Value<String> connectionId() {
    return getAtt("ConnectionId");
  }

  /**
   * The timestamp of when the data source was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the Amazon DataZone domain in which the data source exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The ID of the environment in which the data source exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The identifier of the data source run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The count of the assets created during the last data source run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastRunAssetCount}.
   */
  public Value<Double> lastRunAssetCount() {
    return getAtt("LastRunAssetCount");
  }

  /**
   * The timestamp of when the data source run was last performed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastRunAt}.
   */
  public Value<String> lastRunAt() {
    return getAtt("LastRunAt");
  }

  /**
   * The status of the last data source run.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastRunStatus}.
   */
  public Value<String> lastRunStatus() {
    return getAtt("LastRunStatus");
  }

  /**
   * The project ID included in the data source run activity.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The status of the data source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The timestamp of when the data source was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The configuration of the data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.DataSourceConfigurationInput}.
   */
  public static final class DataSourceConfigurationInput extends Struct<DataSourceConfigurationInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::DataSource.DataSourceConfigurationInput");

    public DataSourceConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The configuration of the AWS Glue data source.
     *
     * <p>CloudFormation property {@code GlueRunConfiguration}.
     */
    public DataSourceConfigurationInput glueRunConfiguration(Value<GlueRunConfigurationInput> value) {
      return set("GlueRunConfiguration", value);
    }

    /**
     * The configuration of the Amazon Redshift data source.
     *
     * <p>CloudFormation property {@code RedshiftRunConfiguration}.
     */
    public DataSourceConfigurationInput redshiftRunConfiguration(Value<RedshiftRunConfigurationInput> value) {
      return set("RedshiftRunConfiguration", value);
    }

    /**
     * The configuration details of the Amazon SageMaker data source.
     *
     * <p>CloudFormation property {@code SageMakerRunConfiguration}.
     */
    public DataSourceConfigurationInput sageMakerRunConfiguration(Value<SageMakerRunConfigurationInput> value) {
      return set("SageMakerRunConfiguration", value);
    }
  }

  /**
   * A filter expression in Amazon DataZone.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.FilterExpression}.
   */
  public static final class FilterExpression extends Struct<FilterExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.FilterExpression")
        .required("Expression", "Type")
        .allowed("Type", "INCLUDE", "EXCLUDE")
        .build();

    public FilterExpression() {
      super(SCHEMA);
    }

    /**
     * The search filter expression.
     *
     * <p>Required. CloudFormation property {@code Expression}.
     */
    public FilterExpression expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public FilterExpression expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The search filter explresison type.
     *
     * <p>Required. Allowed values: {@code INCLUDE}, {@code EXCLUDE}. CloudFormation property {@code
     * Type}.
     */
    public FilterExpression type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FilterExpression type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The details of a metadata form.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.FormInput}.
   */
  public static final class FormInput extends Struct<FormInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.FormInput")
        .required("FormName")
        .constrain("Content", Constraint.of().maxLength(75000))
        .constrain("FormName", Constraint.of().pattern("^(?![0-9_])\\w+$|^_\\w*[a-zA-Z0-9]\\w*$").minLength(1).maxLength(128))
        .constrain("TypeIdentifier", Constraint.of().pattern("^(?!\\.)[\\w\\.]*\\w$").minLength(1).maxLength(385))
        .constrain("TypeRevision", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
        .build();

    public FormInput() {
      super(SCHEMA);
    }

    /**
     * The content of the metadata form.
     *
     * <p>Length: at most 75000 characters. CloudFormation property {@code Content}.
     */
    public FormInput content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public FormInput content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * The name of the metadata form.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^(?![0-9_])&#92;w+$|^_&#92;w*[a-zA-Z0-9]&#92;w*$}. CloudFormation property {@code FormName}.
     */
    public FormInput formName(String value) {
      return set("FormName", Value.of(value));
    }

    /** Sets {@code FormName} to this value; see {@link #formName(String)}. */
    public FormInput formName(Value<String> value) {
      return set("FormName", value);
    }

    /**
     * The ID of the metadata form type.
     *
     * <p>Length: 1 to 385 characters. Pattern: {@code ^(?!&#92;.)[&#92;w&#92;.]*&#92;w$}.
     * CloudFormation property {@code TypeIdentifier}.
     */
    public FormInput typeIdentifier(String value) {
      return set("TypeIdentifier", Value.of(value));
    }

    /** Sets {@code TypeIdentifier} to this value; see {@link #typeIdentifier(String)}. */
    public FormInput typeIdentifier(Value<String> value) {
      return set("TypeIdentifier", value);
    }

    /**
     * The revision of the metadata form type.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code TypeRevision}.
     */
    public FormInput typeRevision(String value) {
      return set("TypeRevision", Value.of(value));
    }

    /** Sets {@code TypeRevision} to this value; see {@link #typeRevision(String)}. */
    public FormInput typeRevision(Value<String> value) {
      return set("TypeRevision", value);
    }
  }

  /**
   * The configuration details of the AWS Glue data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.GlueRunConfigurationInput}.
   */
  public static final class GlueRunConfigurationInput extends Struct<GlueRunConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.GlueRunConfigurationInput")
        .required("RelationalFilterConfigurations")
        .build();

    public GlueRunConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to automatically import data quality metrics as part of the data source
     * run.
     *
     * <p>CloudFormation property {@code AutoImportDataQualityResult}.
     */
    public GlueRunConfigurationInput autoImportDataQualityResult(boolean value) {
      return set("AutoImportDataQualityResult", Value.of(value));
    }

    /**
     * Sets {@code AutoImportDataQualityResult} to this value; see {@link
     * #autoImportDataQualityResult(boolean)}.
     */
    public GlueRunConfigurationInput autoImportDataQualityResult(Value<Boolean> value) {
      return set("AutoImportDataQualityResult", value);
    }

    /**
     * The catalog name in the AWS Glue run configuration.
     *
     * <p>CloudFormation property {@code CatalogName}.
     */
    public GlueRunConfigurationInput catalogName(String value) {
      return set("CatalogName", Value.of(value));
    }

    /** Sets {@code CatalogName} to this value; see {@link #catalogName(String)}. */
    public GlueRunConfigurationInput catalogName(Value<String> value) {
      return set("CatalogName", value);
    }

    /**
     * The data access role included in the configuration details of the AWS Glue data source.
     *
     * <p>CloudFormation property {@code DataAccessRole}.
     */
    public GlueRunConfigurationInput dataAccessRole(String value) {
      return set("DataAccessRole", Value.of(value));
    }

    /** Sets {@code DataAccessRole} to this value; see {@link #dataAccessRole(String)}. */
    public GlueRunConfigurationInput dataAccessRole(Value<String> value) {
      return set("DataAccessRole", value);
    }

    /**
     * The relational filter configurations included in the configuration details of the AWS Glue
     * data source.
     *
     * <p>Required. CloudFormation property {@code RelationalFilterConfigurations}.
     */
    public GlueRunConfigurationInput relationalFilterConfigurations(List<RelationalFilterConfiguration> value) {
      return set("RelationalFilterConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code RelationalFilterConfigurations} to this value; see {@link
     * #relationalFilterConfigurations(List)}.
     */
    public GlueRunConfigurationInput relationalFilterConfigurations(Value<List<RelationalFilterConfiguration>> value) {
      return set("RelationalFilterConfigurations", value);
    }

    /**
     * Sets {@code RelationalFilterConfigurations} to a list of these; see {@link
     * #relationalFilterConfigurations(List)}.
     */
    public GlueRunConfigurationInput relationalFilterConfigurations(RelationalFilterConfiguration... values) {
      return set("RelationalFilterConfigurations", Value.list(values));
    }
  }

  /**
   * The recommendation configuration for the data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RecommendationConfiguration}.
   */
  public static final class RecommendationConfiguration extends Struct<RecommendationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::DataSource.RecommendationConfiguration");

    public RecommendationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether automatic business name generation is to be enabled or not as part of the
     * recommendation configuration.
     *
     * <p>CloudFormation property {@code EnableBusinessNameGeneration}.
     */
    public RecommendationConfiguration enableBusinessNameGeneration(boolean value) {
      return set("EnableBusinessNameGeneration", Value.of(value));
    }

    /**
     * Sets {@code EnableBusinessNameGeneration} to this value; see {@link
     * #enableBusinessNameGeneration(boolean)}.
     */
    public RecommendationConfiguration enableBusinessNameGeneration(Value<Boolean> value) {
      return set("EnableBusinessNameGeneration", value);
    }
  }

  /**
   * The details of the Amazon Redshift cluster storage.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RedshiftClusterStorage}.
   */
  public static final class RedshiftClusterStorage extends Struct<RedshiftClusterStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.RedshiftClusterStorage")
        .required("ClusterName")
        .build();

    public RedshiftClusterStorage() {
      super(SCHEMA);
    }

    /**
     * The name of an Amazon Redshift cluster.
     *
     * <p>Required. CloudFormation property {@code ClusterName}.
     */
    public RedshiftClusterStorage clusterName(String value) {
      return set("ClusterName", Value.of(value));
    }

    /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
    public RedshiftClusterStorage clusterName(Value<String> value) {
      return set("ClusterName", value);
    }
  }

  /**
   * The details of the credentials required to access an Amazon Redshift cluster.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RedshiftCredentialConfiguration}.
   */
  public static final class RedshiftCredentialConfiguration extends Struct<RedshiftCredentialConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.RedshiftCredentialConfiguration")
        .required("SecretManagerArn")
        .build();

    public RedshiftCredentialConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of a secret manager for an Amazon Redshift cluster.
     *
     * <p>Required. CloudFormation property {@code SecretManagerArn}.
     */
    public RedshiftCredentialConfiguration secretManagerArn(String value) {
      return set("SecretManagerArn", Value.of(value));
    }

    /** Sets {@code SecretManagerArn} to this value; see {@link #secretManagerArn(String)}. */
    public RedshiftCredentialConfiguration secretManagerArn(Value<String> value) {
      return set("SecretManagerArn", value);
    }
  }

  /**
   * The relational filter configurations included in the configuration details of the Amazon
   * Redshift data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RedshiftRunConfigurationInput}.
   */
  public static final class RedshiftRunConfigurationInput extends Struct<RedshiftRunConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.RedshiftRunConfigurationInput")
        .required("RelationalFilterConfigurations")
        .build();

    public RedshiftRunConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The data access role included in the configuration details of the Amazon Redshift data
     * source.
     *
     * <p>CloudFormation property {@code DataAccessRole}.
     */
    public RedshiftRunConfigurationInput dataAccessRole(String value) {
      return set("DataAccessRole", Value.of(value));
    }

    /** Sets {@code DataAccessRole} to this value; see {@link #dataAccessRole(String)}. */
    public RedshiftRunConfigurationInput dataAccessRole(Value<String> value) {
      return set("DataAccessRole", value);
    }

    /**
     * The details of the credentials required to access an Amazon Redshift cluster.
     *
     * <p>CloudFormation property {@code RedshiftCredentialConfiguration}.
     */
    public RedshiftRunConfigurationInput redshiftCredentialConfiguration(Value<RedshiftCredentialConfiguration> value) {
      return set("RedshiftCredentialConfiguration", value);
    }

    /**
     * The details of the Amazon Redshift storage as part of the configuration of an Amazon Redshift
     * data source run.
     *
     * <p>CloudFormation property {@code RedshiftStorage}.
     */
    public RedshiftRunConfigurationInput redshiftStorage(Value<RedshiftStorage> value) {
      return set("RedshiftStorage", value);
    }

    /**
     * The relational filter configurations included in the configuration details of the AWS Glue
     * data source.
     *
     * <p>Required. CloudFormation property {@code RelationalFilterConfigurations}.
     */
    public RedshiftRunConfigurationInput relationalFilterConfigurations(List<RelationalFilterConfiguration> value) {
      return set("RelationalFilterConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code RelationalFilterConfigurations} to this value; see {@link
     * #relationalFilterConfigurations(List)}.
     */
    public RedshiftRunConfigurationInput relationalFilterConfigurations(Value<List<RelationalFilterConfiguration>> value) {
      return set("RelationalFilterConfigurations", value);
    }

    /**
     * Sets {@code RelationalFilterConfigurations} to a list of these; see {@link
     * #relationalFilterConfigurations(List)}.
     */
    public RedshiftRunConfigurationInput relationalFilterConfigurations(RelationalFilterConfiguration... values) {
      return set("RelationalFilterConfigurations", Value.list(values));
    }
  }

  /**
   * The details of the Amazon Redshift Serverless workgroup storage.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RedshiftServerlessStorage}.
   */
  public static final class RedshiftServerlessStorage extends Struct<RedshiftServerlessStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.RedshiftServerlessStorage")
        .required("WorkgroupName")
        .build();

    public RedshiftServerlessStorage() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon Redshift Serverless workgroup.
     *
     * <p>Required. CloudFormation property {@code WorkgroupName}.
     */
    public RedshiftServerlessStorage workgroupName(String value) {
      return set("WorkgroupName", Value.of(value));
    }

    /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
    public RedshiftServerlessStorage workgroupName(Value<String> value) {
      return set("WorkgroupName", value);
    }
  }

  /**
   * The details of the Amazon Redshift storage as part of the configuration of an Amazon Redshift
   * data source run.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RedshiftStorage}.
   */
  public static final class RedshiftStorage extends Struct<RedshiftStorage> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::DataSource.RedshiftStorage");

    public RedshiftStorage() {
      super(SCHEMA);
    }

    /**
     * The details of the Amazon Redshift cluster source.
     *
     * <p>CloudFormation property {@code RedshiftClusterSource}.
     */
    public RedshiftStorage redshiftClusterSource(Value<RedshiftClusterStorage> value) {
      return set("RedshiftClusterSource", value);
    }

    /**
     * The details of the Amazon Redshift Serverless workgroup source.
     *
     * <p>CloudFormation property {@code RedshiftServerlessSource}.
     */
    public RedshiftStorage redshiftServerlessSource(Value<RedshiftServerlessStorage> value) {
      return set("RedshiftServerlessSource", value);
    }
  }

  /**
   * The relational filter configuration for the data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.RelationalFilterConfiguration}.
   */
  public static final class RelationalFilterConfiguration extends Struct<RelationalFilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.RelationalFilterConfiguration")
        .required("DatabaseName")
        .build();

    public RelationalFilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The database name specified in the relational filter configuration for the data source.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public RelationalFilterConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RelationalFilterConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The filter expressions specified in the relational filter configuration for the data source.
     *
     * <p>CloudFormation property {@code FilterExpressions}.
     */
    public RelationalFilterConfiguration filterExpressions(List<FilterExpression> value) {
      return set("FilterExpressions", Value.listOf(value));
    }

    /** Sets {@code FilterExpressions} to this value; see {@link #filterExpressions(List)}. */
    public RelationalFilterConfiguration filterExpressions(Value<List<FilterExpression>> value) {
      return set("FilterExpressions", value);
    }

    /** Sets {@code FilterExpressions} to a list of these; see {@link #filterExpressions(List)}. */
    public RelationalFilterConfiguration filterExpressions(FilterExpression... values) {
      return set("FilterExpressions", Value.list(values));
    }

    /**
     * The schema name specified in the relational filter configuration for the data source.
     *
     * <p>CloudFormation property {@code SchemaName}.
     */
    public RelationalFilterConfiguration schemaName(String value) {
      return set("SchemaName", Value.of(value));
    }

    /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
    public RelationalFilterConfiguration schemaName(Value<String> value) {
      return set("SchemaName", value);
    }
  }

  /**
   * The configuration details of the Amazon SageMaker data source.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.SageMakerRunConfigurationInput}.
   */
  public static final class SageMakerRunConfigurationInput extends Struct<SageMakerRunConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.SageMakerRunConfigurationInput")
        .required("TrackingAssets")
        .build();

    public SageMakerRunConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The tracking assets of the Amazon SageMaker run.
     *
     * <p>Required. CloudFormation property {@code TrackingAssets}.
     */
    public SageMakerRunConfigurationInput trackingAssets(Map<String, List<String>> value) {
      return set("TrackingAssets", Value.mapOf(value));
    }

    /** Sets {@code TrackingAssets} to this value; see {@link #trackingAssets(Map)}. */
    public SageMakerRunConfigurationInput trackingAssets(Value<Map<String, List<String>>> value) {
      return set("TrackingAssets", value);
    }
  }

  /**
   * The details of the schedule of the data source runs.
   *
   * <p>Property type {@code AWS::DataZone::DataSource.ScheduleConfiguration}.
   */
  public static final class ScheduleConfiguration extends Struct<ScheduleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::DataSource.ScheduleConfiguration")
        .constrain("Schedule", Constraint.of().pattern("cron\\((\\b[0-5]?[0-9]\\b) (\\b2[0-3]\\b|\\b[0-1]?[0-9]\\b) (.*){1,5} (.*){1,5} (.*){1,5} (.*){1,5}\\)").minLength(1).maxLength(256))
        .allowed("Timezone", "AFRICA_JOHANNESBURG", "AMERICA_MONTREAL", "AMERICA_SAO_PAULO",
            "ASIA_BAHRAIN", "ASIA_BANGKOK", "ASIA_CALCUTTA", "ASIA_DUBAI", "ASIA_HONG_KONG",
            "ASIA_JAKARTA", "ASIA_KUALA_LUMPUR", "ASIA_SEOUL", "ASIA_SHANGHAI", "ASIA_SINGAPORE",
            "ASIA_TAIPEI", "ASIA_TOKYO", "AUSTRALIA_MELBOURNE", "AUSTRALIA_SYDNEY",
            "CANADA_CENTRAL", "CET", "CST6CDT", "ETC_GMT", "ETC_GMT0", "ETC_GMT_ADD_0",
            "ETC_GMT_ADD_1", "ETC_GMT_ADD_10", "ETC_GMT_ADD_11", "ETC_GMT_ADD_12", "ETC_GMT_ADD_2",
            "ETC_GMT_ADD_3", "ETC_GMT_ADD_4", "ETC_GMT_ADD_5", "ETC_GMT_ADD_6", "ETC_GMT_ADD_7",
            "ETC_GMT_ADD_8", "ETC_GMT_ADD_9", "ETC_GMT_NEG_0", "ETC_GMT_NEG_1", "ETC_GMT_NEG_10",
            "ETC_GMT_NEG_11", "ETC_GMT_NEG_12", "ETC_GMT_NEG_13", "ETC_GMT_NEG_14", "ETC_GMT_NEG_2",
            "ETC_GMT_NEG_3", "ETC_GMT_NEG_4", "ETC_GMT_NEG_5", "ETC_GMT_NEG_6", "ETC_GMT_NEG_7",
            "ETC_GMT_NEG_8", "ETC_GMT_NEG_9", "EUROPE_DUBLIN", "EUROPE_LONDON", "EUROPE_PARIS",
            "EUROPE_STOCKHOLM", "EUROPE_ZURICH", "ISRAEL", "MEXICO_GENERAL", "MST7MDT",
            "PACIFIC_AUCKLAND", "US_CENTRAL", "US_EASTERN", "US_MOUNTAIN", "US_PACIFIC", "UTC")
        .build();

    public ScheduleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The schedule of the data source runs.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code cron&#92;((&#92;b[0-5]?[0-9]&#92;b)
     * (&#92;b2[0-3]&#92;b|&#92;b[0-1]?[0-9]&#92;b) (.*){1,5} (.*){1,5} (.*){1,5} (.*){1,5}&#92;)}.
     * CloudFormation property {@code Schedule}.
     */
    public ScheduleConfiguration schedule(String value) {
      return set("Schedule", Value.of(value));
    }

    /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
    public ScheduleConfiguration schedule(Value<String> value) {
      return set("Schedule", value);
    }

    /**
     * The timezone of the data source run.
     *
     * <p>Allowed values: {@code AFRICA_JOHANNESBURG}, {@code AMERICA_MONTREAL}, {@code
     * AMERICA_SAO_PAULO}, {@code ASIA_BAHRAIN}, {@code ASIA_BANGKOK}, {@code ASIA_CALCUTTA}, {@code
     * ASIA_DUBAI}, {@code ASIA_HONG_KONG}, {@code ASIA_JAKARTA}, {@code ASIA_KUALA_LUMPUR}, {@code
     * ASIA_SEOUL}, {@code ASIA_SHANGHAI}, {@code ASIA_SINGAPORE}, {@code ASIA_TAIPEI}, {@code
     * ASIA_TOKYO}, {@code AUSTRALIA_MELBOURNE}, {@code AUSTRALIA_SYDNEY}, {@code CANADA_CENTRAL},
     * {@code CET}, {@code CST6CDT}, {@code ETC_GMT}, {@code ETC_GMT0}, {@code ETC_GMT_ADD_0},
     * {@code ETC_GMT_ADD_1}, {@code ETC_GMT_ADD_10}, {@code ETC_GMT_ADD_11}, {@code
     * ETC_GMT_ADD_12}, {@code ETC_GMT_ADD_2}, {@code ETC_GMT_ADD_3}, {@code ETC_GMT_ADD_4}, {@code
     * ETC_GMT_ADD_5}, {@code ETC_GMT_ADD_6}, {@code ETC_GMT_ADD_7}, {@code ETC_GMT_ADD_8}, {@code
     * ETC_GMT_ADD_9}, {@code ETC_GMT_NEG_0}, {@code ETC_GMT_NEG_1}, {@code ETC_GMT_NEG_10}, {@code
     * ETC_GMT_NEG_11}, {@code ETC_GMT_NEG_12}, {@code ETC_GMT_NEG_13}, {@code ETC_GMT_NEG_14},
     * {@code ETC_GMT_NEG_2}, {@code ETC_GMT_NEG_3}, {@code ETC_GMT_NEG_4}, {@code ETC_GMT_NEG_5},
     * {@code ETC_GMT_NEG_6}, {@code ETC_GMT_NEG_7}, {@code ETC_GMT_NEG_8}, {@code ETC_GMT_NEG_9},
     * {@code EUROPE_DUBLIN}, {@code EUROPE_LONDON}, {@code EUROPE_PARIS}, {@code EUROPE_STOCKHOLM},
     * {@code EUROPE_ZURICH}, {@code ISRAEL}, {@code MEXICO_GENERAL}, {@code MST7MDT}, {@code
     * PACIFIC_AUCKLAND}, {@code US_CENTRAL}, {@code US_EASTERN}, {@code US_MOUNTAIN}, {@code
     * US_PACIFIC}, {@code UTC}. CloudFormation property {@code Timezone}.
     */
    public ScheduleConfiguration timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public ScheduleConfiguration timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }
}
