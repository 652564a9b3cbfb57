// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a domain, which is a container for all case data, such as cases, fields, templates and
 * layouts. Each Amazon Connect instance can be associated with only one Cases domain.
 *
 * <p>This will not associate your connect instance to Cases domain. Instead, use the Amazon Connect
 * <a
 * href="https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateIntegrationAssociation.html">CreateIntegrationAssociation</a>
 * API. You need specific IAM permissions to successfully associate the Cases domain. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/connect/latest/adminguide/required-permissions-iam-cases.html#onboard-cases-iam">Onboard
 * to Cases</a> .
 *
 * <p>CloudFormation type {@code AWS::Cases::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::Domain")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^.*[\\S]$").minLength(1).maxLength(100))
      .refYields("DomainArn")
      .attributes("CreatedTime", "DomainArn", "DomainId", "DomainStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^.*[&#92;S]$}. CloudFormation property {@code Name}.
   */
  public Domain name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Domain name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the Cases domain was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The Amazon Resource Name (ARN) for the Cases domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainArn}.
   */
  public Value<String> domainArn() {
    return getAtt("DomainArn");
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The status of the Cases domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainStatus}.
   */
  public Value<String> domainStatus() {
    return getAtt("DomainStatus");
  }
}
