// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The signing configuration for a registry, which specifies rules for automatically signing images
 * when pushed.
 *
 * <p>CloudFormation type {@code AWS::ECR::SigningConfiguration}.
 */
public final class SigningConfiguration extends Resource<SigningConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::SigningConfiguration")
      .required("Rules")
      .refYields("RegistryId")
      .attributes("RegistryId")
      .build();

  public SigningConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of signing rules. Each rule defines a signing profile and optional repository filters
   * that determine which images are automatically signed.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public SigningConfiguration rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public SigningConfiguration rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public SigningConfiguration rules(Rule... values) {
    return set("Rules", Value.list(values));
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
   * A repository filter used to determine which repositories have their images automatically signed
   * on push. Each filter consists of a filter type and filter value.
   *
   * <p>Property type {@code AWS::ECR::SigningConfiguration.RepositoryFilter}.
   */
  public static final class RepositoryFilter extends Struct<RepositoryFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::SigningConfiguration.RepositoryFilter")
        .required("Filter", "FilterType")
        .constrain("Filter", Constraint.of().pattern("^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$").minLength(1).maxLength(256))
        .allowed("FilterType", "WILDCARD_MATCH")
        .build();

    public RepositoryFilter() {
      super(SCHEMA);
    }

    /**
     * The filter value used to match repository names. When using <code>WILDCARD_MATCH</code> , the
     * <code>*</code> character matches any sequence of characters.
     *
     * <p>Examples:
     *
     * <ul> <li><code>myapp/*</code> - Matches all repositories starting with <code>myapp/</code>
     * <li><code>*&#47;production</code> - Matches all repositories ending with
     * <code>/production</code> <li><code><em>prod</em></code> - Matches all repositories containing
     * <code>prod</code> </ul>
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*&#47;)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$}. CloudFormation
     * property {@code Filter}.
     */
    public RepositoryFilter filter(String value) {
      return set("Filter", Value.of(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(String)}. */
    public RepositoryFilter filter(Value<String> value) {
      return set("Filter", value);
    }

    /**
     * The type of filter to apply. Currently, only <code>WILDCARD_MATCH</code> is supported, which
     * uses wildcard patterns to match repository names.
     *
     * <p>Required. Allowed values: {@code WILDCARD_MATCH}. CloudFormation property {@code
     * FilterType}.
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
   * A signing rule that specifies a signing profile and optional repository filters. When an image
   * is pushed to a matching repository, a signing job is created using the specified profile.
   *
   * <p>Property type {@code AWS::ECR::SigningConfiguration.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::SigningConfiguration.Rule")
        .required("SigningProfileArn")
        .constrain("SigningProfileArn", Constraint.of().pattern("^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$").maxLength(200))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * A list of repository filters that determine which repositories have their images signed on
     * push. If no filters are specified, all images pushed to the registry are signed using the
     * rule's signing profile. Maximum of 100 filters per rule.
     *
     * <p>CloudFormation property {@code RepositoryFilters}.
     */
    public Rule repositoryFilters(List<RepositoryFilter> value) {
      return set("RepositoryFilters", Value.listOf(value));
    }

    /** Sets {@code RepositoryFilters} to this value; see {@link #repositoryFilters(List)}. */
    public Rule repositoryFilters(Value<List<RepositoryFilter>> value) {
      return set("RepositoryFilters", value);
    }

    /** Sets {@code RepositoryFilters} to a list of these; see {@link #repositoryFilters(List)}. */
    public Rule repositoryFilters(RepositoryFilter... values) {
      return set("RepositoryFilters", Value.list(values));
    }

    /**
     * The ARN of the AWS Signer signing profile to use for signing images that match this rule. For
     * more information about signing profiles, see <a
     * href="https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html">Signing
     * profiles</a> in the <em>AWS Signer Developer Guide</em> .
     *
     * <p>Required. Length: at most 200 characters. Pattern: {@code
     * ^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:&#92;/signing-profiles&#92;/[a-zA-Z0-9_]{2,}$}.
     * CloudFormation property {@code SigningProfileArn}.
     */
    public Rule signingProfileArn(String value) {
      return set("SigningProfileArn", Value.of(value));
    }

    /** Sets {@code SigningProfileArn} to this value; see {@link #signingProfileArn(String)}. */
    public Rule signingProfileArn(Value<String> value) {
      return set("SigningProfileArn", value);
    }
  }
}
