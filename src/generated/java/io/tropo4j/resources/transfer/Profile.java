// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates the local or partner profile to use for AS2 transfers.
 *
 * <p>CloudFormation type {@code AWS::Transfer::Profile}.
 */
public final class Profile extends Resource<Profile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Profile")
      .required("As2Id", "ProfileType")
      .constrain("As2Id", Constraint.of().pattern("^[\\u0020-\\u007E\\s]*$").minLength(1).maxLength(128))
      .constrain("CertificateIds", Constraint.of().pattern("^cert-([0-9a-f]{17})$").minLength(22).maxLength(22))
      .allowed("ProfileType", "LOCAL", "PARTNER")
      .refYields("ProfileId")
      .attributes("Arn", "ProfileId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Profile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>As2Id</code> is the <em>AS2-name</em> , as defined in the <a
   * href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc4130">RFC 4130</a> .
   * For inbound transfers, this is the <code>AS2-From</code> header for the AS2 messages sent from
   * the partner. For outbound connectors, this is the <code>AS2-To</code> header for the AS2
   * messages sent to the partner using the <code>StartFileTransfer</code> API operation. This ID
   * cannot include spaces.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;u0020-&#92;u007E&#92;s]*$}.
   * CloudFormation property {@code As2Id}.
   */
  public Profile as2Id(String value) {
    return set("As2Id", Value.of(value));
  }

  /** Sets {@code As2Id} to this value; see {@link #as2Id(String)}. */
  public Profile as2Id(Value<String> value) {
    return set("As2Id", value);
  }

  /**
   * An array of identifiers for the imported certificates. You use this identifier for working with
   * profiles and partner profiles.
   *
   * <p>Length: 22 to 22 characters. Pattern: {@code ^cert-([0-9a-f]{17})$}. CloudFormation property
   * {@code CertificateIds}.
   */
  public Profile certificateIds(List<String> value) {
    return set("CertificateIds", Value.listOf(value));
  }

  /** Sets {@code CertificateIds} to this value; see {@link #certificateIds(List)}. */
  public Profile certificateIds(Value<List<String>> value) {
    return set("CertificateIds", value);
  }

  /**
   * Indicates whether to list only <code>LOCAL</code> type profiles or only <code>PARTNER</code>
   * type profiles. If not supplied in the request, the command lists all types of profiles.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code LOCAL}, {@code PARTNER}.
   * CloudFormation property {@code ProfileType}.
   */
  public Profile profileType(String value) {
    return set("ProfileType", Value.of(value));
  }

  /** Sets {@code ProfileType} to this value; see {@link #profileType(String)}. */
  public Profile profileType(Value<String> value) {
    return set("ProfileType", value);
  }

  /**
   * Key-value pairs that can be used to group and search for profiles.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Profile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Profile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Profile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name associated with the profile, in the form
   * <code>arn:aws:transfer:region:account-id:profile/profile-id/</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the AS2 profile, returned after the API call succeeds.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileId}.
   */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }
}
