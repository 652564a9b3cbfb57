// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.organizations;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an organizational unit (OU) within a root or parent OU. An OU is a container for accounts
 * that enables you to organize your accounts to apply policies according to your business
 * requirements. The number of levels deep that you can nest OUs is dependent upon the policy types
 * enabled for that root. For service control policies, the limit is five.
 *
 * <p>For more information about OUs, see <a
 * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_ous.html">Managing
 * organizational units (OUs)</a> in the <em>AWS Organizations User Guide</em> .
 *
 * <p>If the request includes tags, then the requester must have the
 * <code>organizations:TagResource</code> permission.
 *
 * <p>You can only call this operation from the management account.
 *
 * <p>CloudFormation type {@code AWS::Organizations::OrganizationalUnit}.
 */
public final class OrganizationalUnit extends Resource<OrganizationalUnit> {
  private static final Schema SCHEMA = Schema.builder("AWS::Organizations::OrganizationalUnit")
      .required("Name", "ParentId")
      .constrain("Name", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(128))
      .constrain("ParentId", Constraint.of().pattern("^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$").minLength(0).maxLength(100))
      .refYields("Id")
      .attributes("Arn", "Id", "Path")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OrganizationalUnit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The friendly name of this OU.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * that is used to validate this parameter is a string of any of the characters in the ASCII
   * character range.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation
   * property {@code Name}.
   */
  public OrganizationalUnit name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public OrganizationalUnit name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The unique identifier (ID) of the parent root or OU that you want to create the new OU in.
   *
   * <p>To update the <code>ParentId</code> parameter value, you must first remove all accounts
   * attached to the organizational unit (OU). OUs can't be moved within the organization with
   * accounts still attached.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * for a parent ID string requires one of the following:
   *
   * <ul> <li><em>Root</em> - A string that begins with "r-" followed by from 4 to 32 lowercase
   * letters or digits. <li><em>Organizational unit (OU)</em> - A string that begins with "ou-"
   * followed by from 4 to 32 lowercase letters or digits (the ID of the root that the OU is in).
   * This string is followed by a second "-" dash and from 8 to 32 additional lowercase letters or
   * digits. </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 100 characters. Pattern: {@code
   * ^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$}. CloudFormation property {@code
   * ParentId}.
   */
  public OrganizationalUnit parentId(String value) {
    return set("ParentId", Value.of(value));
  }

  /** Sets {@code ParentId} to this value; see {@link #parentId(String)}. */
  public OrganizationalUnit parentId(Value<String> value) {
    return set("ParentId", value);
  }

  /**
   * A list of tags that you want to attach to the newly created OU. For each tag in the list, you
   * must specify both a tag key and a value. You can set the value to an empty string, but you
   * can't set it to <code>null</code> . For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_tagging.html">Tagging AWS
   * Organizations resources</a> in the AWS Organizations User Guide.
   *
   * <p>If any one of the tags is not valid or if you exceed the allowed number of tags for an OU,
   * then the entire request fails and the OU is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OrganizationalUnit tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OrganizationalUnit tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OrganizationalUnit tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of this OU. For example:
   * <code>arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-examplerootid111-exampleouid111</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier (ID) associated with this OU. For example:
   * <code>ou-examplerootid111-exampleouid111</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The path in the organization where this OU exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Path}.
   */
  public Value<String> path() {
    return getAtt("Path");
  }
}
