// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The scanning configuration for a private registry.
 *
 * <p>CloudFormation type {@code AWS::ECR::RegistryScanningConfiguration}.
 */
public final class RegistryScanningConfiguration extends Resource<RegistryScanningConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::RegistryScanningConfiguration")
      .required("Rules", "ScanType")
      .allowed("ScanType", "BASIC", "ENHANCED")
      .refYields("RegistryId")
      .attributes("RegistryId")
      .build();

  public RegistryScanningConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The scanning rules associated with the registry.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public RegistryScanningConfiguration rules(List<ScanningRule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public RegistryScanningConfiguration rules(Value<List<ScanningRule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public RegistryScanningConfiguration rules(ScanningRule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * The type of scanning configured for the registry.
   *
   * <p>Required. Allowed values: {@code BASIC}, {@code ENHANCED}. CloudFormation property {@code
   * ScanType}.
   */
  public RegistryScanningConfiguration scanType(String value) {
    return set("ScanType", Value.of(value));
  }

  /** Sets {@code ScanType} to this value; see {@link #scanType(String)}. */
  public RegistryScanningConfiguration scanType(Value<String> value) {
    return set("ScanType", value);
  }

  /**
   * The account ID of the destination registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryId}.
   */
  public Value<String> registryId() {
    return getAtt("RegistryId");
  }

  /**
   * The filter settings used with image replication. Specifying a repository filter to a
   * replication rule provides a method for controlling which repositories in a private registry are
   * replicated. If no filters are added, the contents of all repositories are replicated.
   *
   * <p>Property type {@code AWS::ECR::RegistryScanningConfiguration.RepositoryFilter}.
   */
  public static final class RepositoryFilter extends Struct<RepositoryFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::RegistryScanningConfiguration.RepositoryFilter")
        .required("Filter", "FilterType")
        .constrain("Filter", Constraint.of().pattern("^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$").minLength(1).maxLength(255))
        .allowed("FilterType", "WILDCARD")
        .build();

    public RepositoryFilter() {
      super(SCHEMA);
    }

    /**
     * The filter to use when scanning.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^[a-z0-9*](?:[._&#92;-/a-z0-9*]?[a-z0-9*]+)*$}. CloudFormation property {@code Filter}.
     */
    public RepositoryFilter filter(String value) {
      return set("Filter", Value.of(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(String)}. */
    public RepositoryFilter filter(Value<String> value) {
      return set("Filter", value);
    }

    /**
     * The type associated with the filter.
     *
     * <p>Required. Allowed values: {@code WILDCARD}. CloudFormation property {@code FilterType}.
     */
    public RepositoryFilter filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public RepositoryFilter filterType(Value<String> value) {
      return set("FilterType", value);
    }
  }

  /**
   * The scanning rules associated with the registry.
   *
   * <p>Property type {@code AWS::ECR::RegistryScanningConfiguration.ScanningRule}.
   */
  public static final class ScanningRule extends Struct<ScanningRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::RegistryScanningConfiguration.ScanningRule")
        .required("RepositoryFilters", "ScanFrequency")
        .allowed("ScanFrequency", "SCAN_ON_PUSH", "CONTINUOUS_SCAN")
        .build();

    public ScanningRule() {
      super(SCHEMA);
    }

    /**
     * The details of a scanning repository filter. For more information on how to use filters, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html#image-scanning-filters">Using
     * filters</a> in the <em>Amazon Elastic Container Registry User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code RepositoryFilters}.
     */
    public ScanningRule repositoryFilters(List<RepositoryFilter> value) {
      return set("RepositoryFilters", Value.listOf(value));
    }

    /** Sets {@code RepositoryFilters} to this value; see {@link #repositoryFilters(List)}. */
    public ScanningRule repositoryFilters(Value<List<RepositoryFilter>> value) {
      return set("RepositoryFilters", value);
    }

    /** Sets {@code RepositoryFilters} to a list of these; see {@link #repositoryFilters(List)}. */
    public ScanningRule repositoryFilters(RepositoryFilter... values) {
      return set("RepositoryFilters", Value.list(values));
    }

    /**
     * The frequency that scans are performed at for a private registry. When the
     * <code>ENHANCED</code> scan type is specified, the supported scan frequencies are
     * <code>CONTINUOUS_SCAN</code> and <code>SCAN_ON_PUSH</code> . When the <code>BASIC</code> scan
     * type is specified, the <code>SCAN_ON_PUSH</code> scan frequency is supported. If scan on push
     * is not specified, then the <code>MANUAL</code> scan frequency is set by default.
     *
     * <p>Required. Allowed values: {@code SCAN_ON_PUSH}, {@code CONTINUOUS_SCAN}. CloudFormation
     * property {@code ScanFrequency}.
     */
    public ScanningRule scanFrequency(String value) {
      return set("ScanFrequency", Value.of(value));
    }

    /** Sets {@code ScanFrequency} to this value; see {@link #scanFrequency(String)}. */
    public ScanningRule scanFrequency(Value<String> value) {
      return set("ScanFrequency", value);
    }
  }
}
