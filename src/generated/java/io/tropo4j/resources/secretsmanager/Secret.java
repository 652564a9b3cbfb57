// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.secretsmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Creates a new secret. A <em>secret</em> can be a password, a set of credentials such as a user
 * name and password, an OAuth token, or other secret information that you store in an encrypted
 * form in Secrets Manager.
 *
 * <p>For Amazon RDS master user credentials, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster
 * MasterUserSecret</a> .
 *
 * <p>For Amazon Redshift admin user credentials, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html">AWS::Redshift::Cluster</a>
 * .
 *
 * <p>To retrieve a secret in a CloudFormation template, use a <em>dynamic reference</em> . For more
 * information, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html">Retrieve
 * a secret in an CloudFormation resource</a> .
 *
 * <p>For information about creating a secret in the console, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_create-basic-secret.html">Create
 * a secret</a> . For information about creating a secret using the CLI or SDK, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html">CreateSecret</a>
 * .
 *
 * <p>For information about retrieving a secret in code, see <a
 * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html">Retrieve
 * secrets from Secrets Manager</a> .
 *
 * <p>CloudFormation type {@code AWS::SecretsManager::Secret}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Secret extends Resource<Secret> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::Secret")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .constrain("Name", Constraint.of().minLength(0).maxLength(512))
      .constrain("SecretString", Constraint.of().minLength(1).maxLength(65536))
      .constrain("Type", Constraint.of().minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Id")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Secret(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the secret.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Secret description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Secret description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A structure that specifies how to generate a password to encrypt and store in the secret. To
   * include a specific string in the secret, use <code>SecretString</code> instead. If you omit
   * both <code>GenerateSecretString</code> and <code>SecretString</code> , you create an empty
   * secret. When you make a change to this property, a new secret version is created.
   *
   * <p>We recommend that you specify the maximum length and include every character type that the
   * system you are generating a password for can support.
   *
   * <p>CloudFormation property {@code GenerateSecretString}.
   */
  public Secret generateSecretString(Value<GenerateSecretString> value) {
    return set("GenerateSecretString", value);
  }

  /**
   * The ARN, key ID, or alias of the AWS key that Secrets Manager uses to encrypt the secret value
   * in the secret. An alias is always prefixed by <code>alias/</code> , for example
   * <code>alias/aws/secretsmanager</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html">About aliases</a>
   * .
   *
   * <p>To use a AWS key in a different account, use the key ARN or the alias ARN.
   *
   * <p>If you don't specify this value, then Secrets Manager uses the key
   * <code>aws/secretsmanager</code> . If that key doesn't yet exist, then Secrets Manager creates
   * it for you automatically the first time it encrypts the secret value.
   *
   * <p>If the secret is in a different AWS account from the credentials calling the API, then you
   * can't use <code>aws/secretsmanager</code> to encrypt the secret, and you must create and use a
   * customer managed AWS key.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Secret kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Secret kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Secret kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.arn());
  }

  /**
   * The name of the new secret.
   *
   * <p>The secret name can contain ASCII letters, numbers, and the following characters:
   * /_+=.&#64;-
   *
   * <p>Do not end your secret name with a hyphen followed by six characters. If you do so, you risk
   * confusion and unexpected results when searching for a secret by partial ARN. Secrets Manager
   * automatically adds a hyphen and six random characters after the secret name at the end of the
   * ARN.
   *
   * <p>Changing it replaces the resource. Length: 0 to 512 characters. CloudFormation property
   * {@code Name}.
   */
  public Secret name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Secret name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A custom type that specifies a <code>Region</code> and the <code>KmsKeyId</code> for a replica
   * secret.
   *
   * <p>CloudFormation property {@code ReplicaRegions}.
   */
  public Secret replicaRegions(List<ReplicaRegion> value) {
    return set("ReplicaRegions", Value.listOf(value));
  }

  /** Sets {@code ReplicaRegions} to this value; see {@link #replicaRegions(List)}. */
  public Secret replicaRegions(Value<List<ReplicaRegion>> value) {
    return set("ReplicaRegions", value);
  }

  /** Sets {@code ReplicaRegions} to a list of these; see {@link #replicaRegions(List)}. */
  public Secret replicaRegions(ReplicaRegion... values) {
    return set("ReplicaRegions", Value.list(values));
  }

  /**
   * The text to encrypt and store in the secret. We recommend you use a JSON structure of key/value
   * pairs for your secret value. To generate a random password, use
   * <code>GenerateSecretString</code> instead. If you omit both <code>GenerateSecretString</code>
   * and <code>SecretString</code> , you create an empty secret. When you make a change to this
   * property, a new secret version is created.
   *
   * <p>Length: 1 to 65536 characters. CloudFormation property {@code SecretString}.
   */
  public Secret secretString(String value) {
    return set("SecretString", Value.of(value));
  }

  /** Sets {@code SecretString} to this value; see {@link #secretString(String)}. */
  public Secret secretString(Value<String> value) {
    return set("SecretString", value);
  }

  /**
   * A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON
   * text string, for example:
   *
   * <p><code>[{"Key":"CostCenter","Value":"12345"},{"Key":"environment","Value":"production"}]</code>
   *
   * <p>Secrets Manager tag key names are case sensitive. A tag with the key "ABC" is a different
   * tag from one with key "abc".
   *
   * <p>Stack-level tags, tags you apply to the CloudFormation stack, are also attached to the
   * secret.
   *
   * <p>If you check tags in permissions policies as part of your security strategy, then adding or
   * removing a tag can change permissions. If the completion of this operation would result in you
   * losing your permissions for this secret, then Secrets Manager blocks the operation and returns
   * an <code>Access Denied</code> error. For more information, see <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#tag-secrets-abac">Control
   * access to secrets using tags</a> and <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html#auth-and-access_tags2">Limit
   * access to identities with tags that match secrets' tags</a> .
   *
   * <p>For information about how to format a JSON parameter for the various command line tool
   * environments, see <a
   * href="https://docs.aws.amazon.com/cli/latest/userguide/cli-using-param.html#cli-using-param-json">Using
   * JSON for Parameters</a> . If your command-line tool or SDK requires quotation marks around the
   * parameter, you should use single quotes to avoid confusion with the double quotes required in
   * the JSON text.
   *
   * <p>The following restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per secret: 50 <li>Maximum key length: 127 Unicode characters
   * in UTF-8 <li>Maximum value length: 255 Unicode characters in UTF-8 <li>Tag keys and values are
   * case sensitive. <li>Do not use the <code>aws:</code> prefix in your tag names or values because
   * AWS reserves it for AWS use. You can't edit or delete tag names or values with this prefix.
   * Tags with this prefix do not count against your tags per secret limit. <li>If you use your
   * tagging schema across multiple services and resources, other services might have restrictions
   * on allowed characters. Generally allowed characters: letters, spaces, and numbers representable
   * in UTF-8, plus the following special characters: + - = . _ : / &#64;. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Secret tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Secret tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Secret tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The exact string that identifies the third-party partner that holds the external secret. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html">Managed
   * external secret partners</a> .
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Type}.
   */
  public Secret typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Secret typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the secret.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Generates a random password. We recommend that you specify the maximum length and include every
   * character type that the system you are generating a password for can support.
   *
   * <p><em>Required permissions:</em> <code>secretsmanager:GetRandomPassword</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html#awssecretsmanager-actions-as-permissions">IAM
   * policy actions for Secrets Manager</a> and <a
   * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html">Authentication
   * and access control in Secrets Manager</a> .
   *
   * <p>Property type {@code AWS::SecretsManager::Secret.GenerateSecretString}.
   */
  public static final class GenerateSecretString extends Struct<GenerateSecretString> {
    private static final Schema SCHEMA = Schema.of("AWS::SecretsManager::Secret.GenerateSecretString");

    public GenerateSecretString() {
      super(SCHEMA);
    }

    /**
     * A string of the characters that you don't want in the password.
     *
     * <p>CloudFormation property {@code ExcludeCharacters}.
     */
    public GenerateSecretString excludeCharacters(String value) {
      return set("ExcludeCharacters", Value.of(value));
    }

    /** Sets {@code ExcludeCharacters} to this value; see {@link #excludeCharacters(String)}. */
    public GenerateSecretString excludeCharacters(Value<String> value) {
      return set("ExcludeCharacters", value);
    }

    /**
     * Specifies whether to exclude lowercase letters from the password. If you don't include this
     * switch, the password can contain lowercase letters.
     *
     * <p>CloudFormation property {@code ExcludeLowercase}.
     */
    public GenerateSecretString excludeLowercase(boolean value) {
      return set("ExcludeLowercase", Value.of(value));
    }

    /** Sets {@code ExcludeLowercase} to this value; see {@link #excludeLowercase(boolean)}. */
    public GenerateSecretString excludeLowercase(Value<Boolean> value) {
      return set("ExcludeLowercase", value);
    }

    /**
     * Specifies whether to exclude numbers from the password. If you don't include this switch, the
     * password can contain numbers.
     *
     * <p>CloudFormation property {@code ExcludeNumbers}.
     */
    public GenerateSecretString excludeNumbers(boolean value) {
      return set("ExcludeNumbers", Value.of(value));
    }

    /** Sets {@code ExcludeNumbers} to this value; see {@link #excludeNumbers(boolean)}. */
    public GenerateSecretString excludeNumbers(Value<Boolean> value) {
      return set("ExcludeNumbers", value);
    }

    /**
     * Specifies whether to exclude the following punctuation characters from the password: <code>!
     * " # $ % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? &#64; [ &#92; ] ^ _</code> { | } ~` . If
     * you don't include this switch, the password can contain punctuation.
     *
     * <p>CloudFormation property {@code ExcludePunctuation}.
     */
    public GenerateSecretString excludePunctuation(boolean value) {
      return set("ExcludePunctuation", Value.of(value));
    }

    /** Sets {@code ExcludePunctuation} to this value; see {@link #excludePunctuation(boolean)}. */
    public GenerateSecretString excludePunctuation(Value<Boolean> value) {
      return set("ExcludePunctuation", value);
    }

    /**
     * Specifies whether to exclude uppercase letters from the password. If you don't include this
     * switch, the password can contain uppercase letters.
     *
     * <p>CloudFormation property {@code ExcludeUppercase}.
     */
    public GenerateSecretString excludeUppercase(boolean value) {
      return set("ExcludeUppercase", Value.of(value));
    }

    /** Sets {@code ExcludeUppercase} to this value; see {@link #excludeUppercase(boolean)}. */
    public GenerateSecretString excludeUppercase(Value<Boolean> value) {
      return set("ExcludeUppercase", value);
    }

    /**
     * The JSON key name for the key/value pair, where the value is the generated password. This
     * pair is added to the JSON structure specified by the <code>SecretStringTemplate</code>
     * parameter. If you specify this parameter, then you must also specify
     * <code>SecretStringTemplate</code> .
     *
     * <p>CloudFormation property {@code GenerateStringKey}.
     */
    public GenerateSecretString generateStringKey(String value) {
      return set("GenerateStringKey", Value.of(value));
    }

    /** Sets {@code GenerateStringKey} to this value; see {@link #generateStringKey(String)}. */
    public GenerateSecretString generateStringKey(Value<String> value) {
      return set("GenerateStringKey", value);
    }

    /**
     * Specifies whether to include the space character. If you include this switch, the password
     * can contain space characters.
     *
     * <p>CloudFormation property {@code IncludeSpace}.
     */
    public GenerateSecretString includeSpace(boolean value) {
      return set("IncludeSpace", Value.of(value));
    }

    /** Sets {@code IncludeSpace} to this value; see {@link #includeSpace(boolean)}. */
    public GenerateSecretString includeSpace(Value<Boolean> value) {
      return set("IncludeSpace", value);
    }

    /**
     * The length of the password. If you don't include this parameter, the default length is 32
     * characters.
     *
     * <p>CloudFormation property {@code PasswordLength}.
     */
    public GenerateSecretString passwordLength(int value) {
      return set("PasswordLength", Value.of(value));
    }

    /** Sets {@code PasswordLength} to this value; see {@link #passwordLength(int)}. */
    public GenerateSecretString passwordLength(Value<Integer> value) {
      return set("PasswordLength", value);
    }

    /**
     * Specifies whether to include at least one upper and lowercase letter, one number, and one
     * punctuation. If you don't include this switch, the password contains at least one of every
     * character type.
     *
     * <p>CloudFormation property {@code RequireEachIncludedType}.
     */
    public GenerateSecretString requireEachIncludedType(boolean value) {
      return set("RequireEachIncludedType", Value.of(value));
    }

    /**
     * Sets {@code RequireEachIncludedType} to this value; see {@link
     * #requireEachIncludedType(boolean)}.
     */
    public GenerateSecretString requireEachIncludedType(Value<Boolean> value) {
      return set("RequireEachIncludedType", value);
    }

    /**
     * A template that the generated string must match. When you make a change to this property, a
     * new secret version is created.
     *
     * <p>CloudFormation property {@code SecretStringTemplate}.
     */
    public GenerateSecretString secretStringTemplate(String value) {
      return set("SecretStringTemplate", Value.of(value));
    }

    /**
     * Sets {@code SecretStringTemplate} to this value; see {@link #secretStringTemplate(String)}.
     */
    public GenerateSecretString secretStringTemplate(Value<String> value) {
      return set("SecretStringTemplate", value);
    }
  }

  /**
   * Specifies a <code>Region</code> and the <code>KmsKeyId</code> for a replica secret.
   *
   * <p>Property type {@code AWS::SecretsManager::Secret.ReplicaRegion}.
   */
  public static final class ReplicaRegion extends Struct<ReplicaRegion> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecretsManager::Secret.ReplicaRegion")
        .required("Region")
        .build();

    public ReplicaRegion() {
      super(SCHEMA);
    }

    /**
     * The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this
     * field, Secrets Manager uses <code>aws/secretsmanager</code> .
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ReplicaRegion kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ReplicaRegion kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * A string that represents a <code>Region</code> , for example "us-east-1".
     *
     * <p>Required. CloudFormation property {@code Region}.
     */
    public ReplicaRegion region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ReplicaRegion region(Value<String> value) {
      return set("Region", value);
    }
  }
}
