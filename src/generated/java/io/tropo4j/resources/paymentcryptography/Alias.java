// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.paymentcryptography;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an <em>alias</em> , or a friendly name, for an AWS Payment Cryptography key. You can use
 * an alias to identify a key in the console and when you call cryptographic operations such as <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_EncryptData.html">EncryptData</a>
 * or <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/DataAPIReference/API_DecryptData.html">DecryptData</a>
 * .
 *
 * <p>You can associate the alias with any key in the same AWS Region . Each alias is associated
 * with only one key at a time, but a key can have multiple aliases. You can't create an alias
 * without a key. The alias must be unique in the account and AWS Region , but you can create
 * another alias with the same name in a different AWS Region .
 *
 * <p>To change the key that's associated with the alias, call <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_UpdateAlias.html">UpdateAlias</a>
 * . To delete the alias, call <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteAlias.html">DeleteAlias</a>
 * . These operations don't affect the underlying key. To get the alias that you created, call <a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListAliases.html">ListAliases</a>
 * .
 *
 * <p><em>Cross-account use</em> : This operation can't be used across different AWS accounts.
 *
 * <p><em>Related operations:</em>
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_DeleteAlias.html">DeleteAlias</a>
 * <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_GetAlias.html">GetAlias</a>
 * <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_ListAliases.html">ListAliases</a>
 * <li><a
 * href="https://docs.aws.amazon.com/payment-cryptography/latest/APIReference/API_UpdateAlias.html">UpdateAlias</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::PaymentCryptography::Alias}.
 */
public final class Alias extends Resource<Alias> {
  private static final Schema SCHEMA = Schema.builder("AWS::PaymentCryptography::Alias")
      .required("AliasName")
      .constrain("AliasName", Constraint.of().pattern("^alias/[a-zA-Z0-9/_-]+$").minLength(7).maxLength(256))
      .constrain("KeyArn", Constraint.of().pattern("^arn:aws:payment-cryptography:[a-z]{2}-[a-z]{1,16}-[0-9]+:[0-9]{12}:key/[0-9a-zA-Z]{16,64}$").minLength(70).maxLength(150))
      .refYields("AliasName")
      .build();

  public Alias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A friendly name that you can use to refer to a key. The value must begin with
   * <code>alias/</code> .
   *
   * <p>Do not include confidential or sensitive information in this field. This field may be
   * displayed in plaintext in AWS CloudTrail logs and other output.
   *
   * <p>Required. Changing it replaces the resource. Length: 7 to 256 characters. Pattern: {@code
   * ^alias/[a-zA-Z0-9/_-]+$}. CloudFormation property {@code AliasName}.
   */
  public Alias aliasName(String value) {
    return set("AliasName", Value.of(value));
  }

  /** Sets {@code AliasName} to this value; see {@link #aliasName(String)}. */
  public Alias aliasName(Value<String> value) {
    return set("AliasName", value);
  }

  /**
   * The <code>KeyARN</code> of the key associated with the alias.
   *
   * <p>Length: 70 to 150 characters. Pattern: {@code
   * ^arn:aws:payment-cryptography:[a-z]{2}-[a-z]{1,16}-[0-9]+:[0-9]{12}:key/[0-9a-zA-Z]{16,64}$}.
   * CloudFormation property {@code KeyArn}.
   */
  public Alias keyArn(String value) {
    return set("KeyArn", Value.of(value));
  }

  /** Sets {@code KeyArn} to this value; see {@link #keyArn(String)}. */
  public Alias keyArn(Value<String> value) {
    return set("KeyArn", value);
  }
}
