// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.verifiedpermissions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Definition of AWS::VerifiedPermissions::PolicyStoreAlias Resource Type
 *
 * <p>CloudFormation type {@code AWS::VerifiedPermissions::PolicyStoreAlias}.
 */
public final class PolicyStoreAlias extends Resource<PolicyStoreAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStoreAlias")
      .required("AliasName", "PolicyStoreId")
      .constrain("AliasName", Constraint.of().pattern("^[a-zA-Z0-9-_/]*$").minLength(1).maxLength(150))
      .constrain("PolicyStoreId", Constraint.of().pattern("^[a-zA-Z0-9-]*$").minLength(1).maxLength(200))
      .refYields("AliasName")
      .build();

  public PolicyStoreAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 150 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_/]*$}. CloudFormation property {@code AliasName}.
   */
  public PolicyStoreAlias aliasName(String value) {
    return set("AliasName", Value.of(value));
  }

  /** Sets {@code AliasName} to this value; see {@link #aliasName(String)}. */
  public PolicyStoreAlias aliasName(Value<String> value) {
    return set("AliasName", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]*$}. CloudFormation property {@code PolicyStoreId}.
   */
  public PolicyStoreAlias policyStoreId(String value) {
    return set("PolicyStoreId", Value.of(value));
  }

  /** Sets {@code PolicyStoreId} to this value; see {@link #policyStoreId(String)}. */
  public PolicyStoreAlias policyStoreId(Value<String> value) {
    return set("PolicyStoreId", value);
  }
}
