// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorad;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates a directory registration that authorizes communication between AWS Private CA and an
 * Active Directory
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorAD::DirectoryRegistration}.
 */
public final class DirectoryRegistration extends Resource<DirectoryRegistration> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::DirectoryRegistration")
      .required("DirectoryId")
      .constrain("DirectoryId", Constraint.of().pattern("^d-[0-9a-f]{10}$"))
      .refYields("DirectoryRegistrationArn")
      .attributes("DirectoryRegistrationArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DirectoryRegistration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Active Directory.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^d-[0-9a-f]{10}$}.
   * CloudFormation property {@code DirectoryId}.
   */
  public DirectoryRegistration directoryId(String value) {
    return set("DirectoryId", Value.of(value));
  }

  /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
  public DirectoryRegistration directoryId(Value<String> value) {
    return set("DirectoryId", value);
  }

  /**
   * Metadata assigned to a directory registration consisting of a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DirectoryRegistration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public DirectoryRegistration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public DirectoryRegistration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateDirectoryRegistration.html">CreateDirectoryRegistration</a>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DirectoryRegistrationArn}.
   */
  public Value<String> directoryRegistrationArn() {
    return getAtt("DirectoryRegistrationArn");
  }
}
