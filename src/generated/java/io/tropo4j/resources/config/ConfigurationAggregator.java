// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The details about the configuration aggregator, including information about source accounts,
 * regions, and metadata of the aggregator.
 *
 * <p>CloudFormation type {@code AWS::Config::ConfigurationAggregator}.
 */
public final class ConfigurationAggregator extends Resource<ConfigurationAggregator> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationAggregator")
      .constrain("ConfigurationAggregatorName", Constraint.of().pattern("[\\w\\-]+").minLength(1).maxLength(256))
      .refYields("ConfigurationAggregatorName")
      .attributes("ConfigurationAggregatorArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationAggregator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Provides a list of source accounts and regions to be aggregated.
   *
   * <p>CloudFormation property {@code AccountAggregationSources}.
   */
  public ConfigurationAggregator accountAggregationSources(List<AccountAggregationSource> value) {
    return set("AccountAggregationSources", Value.listOf(value));
  }

  /**
   * Sets {@code AccountAggregationSources} to this value; see {@link
   * #accountAggregationSources(List)}.
   */
  public ConfigurationAggregator accountAggregationSources(Value<List<AccountAggregationSource>> value) {
    return set("AccountAggregationSources", value);
  }

  /**
   * Sets {@code AccountAggregationSources} to a list of these; see {@link
   * #accountAggregationSources(List)}.
   */
  public ConfigurationAggregator accountAggregationSources(AccountAggregationSource... values) {
    return set("AccountAggregationSources", Value.list(values));
  }

  /**
   * The name of the aggregator.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [&#92;w&#92;-]+}. CloudFormation property {@code ConfigurationAggregatorName}.
   */
  public ConfigurationAggregator configurationAggregatorName(String value) {
    return set("ConfigurationAggregatorName", Value.of(value));
  }

  /**
   * Sets {@code ConfigurationAggregatorName} to this value; see {@link
   * #configurationAggregatorName(String)}.
   */
  public ConfigurationAggregator configurationAggregatorName(Value<String> value) {
    return set("ConfigurationAggregatorName", value);
  }

  /**
   * Provides an organization and list of regions to be aggregated.
   *
   * <p>CloudFormation property {@code OrganizationAggregationSource}.
   */
  public ConfigurationAggregator organizationAggregationSource(Value<OrganizationAggregationSource> value) {
    return set("OrganizationAggregationSource", value);
  }

  /**
   * An array of tag object.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationAggregator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationAggregator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationAggregator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the aggregator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationAggregatorArn}.
   */
  public Value<String> configurationAggregatorArn() {
    return getAtt("ConfigurationAggregatorArn");
  }

  /**
   * A collection of accounts and regions.
   *
   * <p>Property type {@code AWS::Config::ConfigurationAggregator.AccountAggregationSource}.
   */
  public static final class AccountAggregationSource extends Struct<AccountAggregationSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationAggregator.AccountAggregationSource")
        .required("AccountIds")
        .constrain("AccountIds", Constraint.of().pattern("^\\d{12}$"))
        .build();

    public AccountAggregationSource() {
      super(SCHEMA);
    }

    /**
     * The 12-digit account ID of the account being aggregated.
     *
     * <p>Required. Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code AccountIds}.
     */
    public AccountAggregationSource accountIds(List<String> value) {
      return set("AccountIds", Value.listOf(value));
    }

    /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
    public AccountAggregationSource accountIds(Value<List<String>> value) {
      return set("AccountIds", value);
    }

    /**
     * If true, aggregate existing AWS Config regions and future regions.
     *
     * <p>CloudFormation property {@code AllAwsRegions}.
     */
    public AccountAggregationSource allAwsRegions(boolean value) {
      return set("AllAwsRegions", Value.of(value));
    }

    /** Sets {@code AllAwsRegions} to this value; see {@link #allAwsRegions(boolean)}. */
    public AccountAggregationSource allAwsRegions(Value<Boolean> value) {
      return set("AllAwsRegions", value);
    }

    /**
     * The source regions being aggregated.
     *
     * <p>CloudFormation property {@code AwsRegions}.
     */
    public AccountAggregationSource awsRegions(List<String> value) {
      return set("AwsRegions", Value.listOf(value));
    }

    /** Sets {@code AwsRegions} to this value; see {@link #awsRegions(List)}. */
    public AccountAggregationSource awsRegions(Value<List<String>> value) {
      return set("AwsRegions", value);
    }
  }

  /**
   * This object contains regions to set up the aggregator and an IAM role to retrieve organization
   * details.
   *
   * <p>Property type {@code AWS::Config::ConfigurationAggregator.OrganizationAggregationSource}.
   */
  public static final class OrganizationAggregationSource extends Struct<OrganizationAggregationSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationAggregator.OrganizationAggregationSource")
        .required("RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public OrganizationAggregationSource() {
      super(SCHEMA);
    }

    /**
     * If true, aggregate existing AWS Config regions and future regions.
     *
     * <p>CloudFormation property {@code AllAwsRegions}.
     */
    public OrganizationAggregationSource allAwsRegions(boolean value) {
      return set("AllAwsRegions", Value.of(value));
    }

    /** Sets {@code AllAwsRegions} to this value; see {@link #allAwsRegions(boolean)}. */
    public OrganizationAggregationSource allAwsRegions(Value<Boolean> value) {
      return set("AllAwsRegions", value);
    }

    /**
     * The source regions being aggregated.
     *
     * <p>CloudFormation property {@code AwsRegions}.
     */
    public OrganizationAggregationSource awsRegions(List<String> value) {
      return set("AwsRegions", Value.listOf(value));
    }

    /** Sets {@code AwsRegions} to this value; see {@link #awsRegions(List)}. */
    public OrganizationAggregationSource awsRegions(Value<List<String>> value) {
      return set("AwsRegions", value);
    }

    /**
     * ARN of the IAM role used to retrieve AWS Organizations details associated with the aggregator
     * account.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public OrganizationAggregationSource roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public OrganizationAggregationSource roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
