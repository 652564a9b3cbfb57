// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an agreement. An agreement is a bilateral trading partner agreement, or partnership,
 * between an AWS Transfer Family server and an AS2 process. The agreement defines the file and
 * message transfer relationship between the server and the AS2 process. To define an agreement,
 * Transfer Family combines a server, local profile, partner profile, certificate, and other
 * attributes.
 *
 * <p>The partner is identified with the <code>PartnerProfileId</code> , and the AS2 process is
 * identified with the <code>LocalProfileId</code> .
 *
 * <p>Specify <em>either</em> <code>BaseDirectory</code> or <code>CustomDirectories</code> , but not
 * both. Specifying both causes the command to fail.
 *
 * <p>CloudFormation type {@code AWS::Transfer::Agreement}.
 */
public final class Agreement extends Resource<Agreement> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Agreement")
      .required("AccessRole", "LocalProfileId", "PartnerProfileId", "ServerId")
      .constrain("AccessRole", Constraint.of().pattern("arn:.*role/.*").minLength(20).maxLength(2048))
      .constrain("BaseDirectory", Constraint.of().pattern("^(|/.*)$").minLength(0).maxLength(1024))
      .constrain("Description", Constraint.of().pattern("^[\\u0021-\\u007E]+$").minLength(1).maxLength(200))
      .allowed("EnforceMessageSigning", "ENABLED", "DISABLED")
      .constrain("LocalProfileId", Constraint.of().pattern("^p-([0-9a-f]{17})$").minLength(19).maxLength(19))
      .constrain("PartnerProfileId", Constraint.of().pattern("^p-([0-9a-f]{17})$").minLength(19).maxLength(19))
      .allowed("PreserveFilename", "ENABLED", "DISABLED")
      .constrain("ServerId", Constraint.of().pattern("^s-([0-9a-f]{17})$").minLength(19).maxLength(19))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .attributes("AgreementId", "Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Agreement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Connectors are used to send files using either the AS2 or SFTP protocol. For the access role,
   * provide the Amazon Resource Name (ARN) of the AWS Identity and Access Management role to use.
   *
   * <p><em>For AS2 connectors</em>
   *
   * <p>With AS2, you can send files by calling <code>StartFileTransfer</code> and specifying the
   * file paths in the request parameter, <code>SendFilePaths</code> . We use the file’s parent
   * directory (for example, for <code>--send-file-paths /bucket/dir/file.txt</code> , parent
   * directory is <code>/bucket/dir/</code> ) to temporarily store a processed AS2 message file,
   * store the MDN when we receive them from the partner, and write a final JSON file containing
   * relevant metadata of the transmission. So, the <code>AccessRole</code> needs to provide read
   * and write access to the parent directory of the file location used in the
   * <code>StartFileTransfer</code> request. Additionally, you need to provide read and write access
   * to the parent directory of the files that you intend to send with
   * <code>StartFileTransfer</code> .
   *
   * <p>If you are using Basic authentication for your AS2 connector, the access role requires the
   * <code>secretsmanager:GetSecretValue</code> permission for the secret. If the secret is
   * encrypted using a customer-managed key instead of the AWS managed key in Secrets Manager, then
   * the role also needs the <code>kms:Decrypt</code> permission for that key.
   *
   * <p><em>For SFTP connectors</em>
   *
   * <p>Make sure that the access role provides read and write access to the parent directory of the
   * file location that's used in the <code>StartFileTransfer</code> request. Additionally, make
   * sure that the role provides <code>secretsmanager:GetSecretValue</code> permission to AWS
   * Secrets Manager .
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code arn:.*role/.*}. CloudFormation
   * property {@code AccessRole}.
   */
  public Agreement accessRole(String value) {
    return set("AccessRole", Value.of(value));
  }

  /** Sets {@code AccessRole} to this value; see {@link #accessRole(String)}. */
  public Agreement accessRole(Value<String> value) {
    return set("AccessRole", value);
  }

  /**
   * The landing directory (folder) for files that are transferred by using the AS2 protocol.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^(|/.*)$}. CloudFormation property {@code
   * BaseDirectory}.
   */
  public Agreement baseDirectory(String value) {
    return set("BaseDirectory", Value.of(value));
  }

  /** Sets {@code BaseDirectory} to this value; see {@link #baseDirectory(String)}. */
  public Agreement baseDirectory(Value<String> value) {
    return set("BaseDirectory", value);
  }

  /**
   * A <code>CustomDirectoriesType</code> structure. This structure specifies custom directories for
   * storing various AS2 message files. You can specify directories for the following types of
   * files.
   *
   * <ul> <li>Failed files <li>MDN files <li>Payload files <li>Status files <li>Temporary files
   * </ul>
   *
   * <p>CloudFormation property {@code CustomDirectories}.
   */
  public Agreement customDirectories(Value<CustomDirectories> value) {
    return set("CustomDirectories", value);
  }

  /**
   * The name or short description that's used to identify the agreement.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code ^[&#92;u0021-&#92;u007E]+$}. CloudFormation
   * property {@code Description}.
   */
  public Agreement description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Agreement description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Determines whether or not unsigned messages from your trading partners will be accepted.
   *
   * <ul> <li><code>ENABLED</code> : Transfer Family rejects unsigned messages from your trading
   * partner. <li><code>DISABLED</code> (default value): Transfer Family accepts unsigned messages
   * from your trading partner. </ul>
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * EnforceMessageSigning}.
   */
  public Agreement enforceMessageSigning(String value) {
    return set("EnforceMessageSigning", Value.of(value));
  }

  /**
   * Sets {@code EnforceMessageSigning} to this value; see {@link #enforceMessageSigning(String)}.
   */
  public Agreement enforceMessageSigning(Value<String> value) {
    return set("EnforceMessageSigning", value);
  }

  /**
   * A unique identifier for the AS2 local profile.
   *
   * <p>Required. Length: 19 to 19 characters. Pattern: {@code ^p-([0-9a-f]{17})$}. CloudFormation
   * property {@code LocalProfileId}.
   */
  public Agreement localProfileId(String value) {
    return set("LocalProfileId", Value.of(value));
  }

  /** Sets {@code LocalProfileId} to this value; see {@link #localProfileId(String)}. */
  public Agreement localProfileId(Value<String> value) {
    return set("LocalProfileId", value);
  }

  /**
   * A unique identifier for the partner profile used in the agreement.
   *
   * <p>Required. Length: 19 to 19 characters. Pattern: {@code ^p-([0-9a-f]{17})$}. CloudFormation
   * property {@code PartnerProfileId}.
   */
  public Agreement partnerProfileId(String value) {
    return set("PartnerProfileId", Value.of(value));
  }

  /** Sets {@code PartnerProfileId} to this value; see {@link #partnerProfileId(String)}. */
  public Agreement partnerProfileId(Value<String> value) {
    return set("PartnerProfileId", value);
  }

  /**
   * Determines whether or not Transfer Family appends a unique string of characters to the end of
   * the AS2 message payload filename when saving it.
   *
   * <ul> <li><code>ENABLED</code> : the filename provided by your trading parter is preserved when
   * the file is saved. <li><code>DISABLED</code> (default value): when Transfer Family saves the
   * file, the filename is adjusted, as described in <a
   * href="https://docs.aws.amazon.com/transfer/latest/userguide/send-as2-messages.html#file-names-as2">File
   * names and locations</a> . </ul>
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * PreserveFilename}.
   */
  public Agreement preserveFilename(String value) {
    return set("PreserveFilename", Value.of(value));
  }

  /** Sets {@code PreserveFilename} to this value; see {@link #preserveFilename(String)}. */
  public Agreement preserveFilename(Value<String> value) {
    return set("PreserveFilename", value);
  }

  /**
   * A system-assigned unique identifier for a server instance. This identifier indicates the
   * specific server that the agreement uses.
   *
   * <p>Required. Changing it replaces the resource. Length: 19 to 19 characters. Pattern: {@code
   * ^s-([0-9a-f]{17})$}. CloudFormation property {@code ServerId}.
   */
  public Agreement serverId(String value) {
    return set("ServerId", Value.of(value));
  }

  /** Sets {@code ServerId} to this value; see {@link #serverId(String)}. */
  public Agreement serverId(Value<String> value) {
    return set("ServerId", value);
  }

  /**
   * The current status of the agreement, either <code>ACTIVE</code> or <code>INACTIVE</code> .
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
   */
  public Agreement status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Agreement status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Key-value pairs that can be used to group and search for agreements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Agreement tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Agreement tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Agreement tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier for the AS2 agreement, returned after the API call succeeds.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgreementId}.
   */
  public Value<String> agreementId() {
    return getAtt("AgreementId");
  }

  /**
   * Specifies the unique Amazon Resource Name (ARN) for the agreement.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Specifies a separate directory for each type of file to store for an AS2 message.
   *
   * <p>Property type {@code AWS::Transfer::Agreement.CustomDirectories}.
   */
  public static final class CustomDirectories extends Struct<CustomDirectories> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Agreement.CustomDirectories")
        .required("FailedFilesDirectory", "MdnFilesDirectory", "PayloadFilesDirectory",
            "StatusFilesDirectory", "TemporaryFilesDirectory")
        .constrain("FailedFilesDirectory", Constraint.of().pattern("(|/.*)").minLength(0).maxLength(1024))
        .constrain("MdnFilesDirectory", Constraint.of().pattern("(|/.*)").minLength(0).maxLength(1024))
        .constrain("PayloadFilesDirectory", Constraint.of().pattern("(|/.*)").minLength(0).maxLength(1024))
        .constrain("StatusFilesDirectory", Constraint.of().pattern("(|/.*)").minLength(0).maxLength(1024))
        .constrain("TemporaryFilesDirectory", Constraint.of().pattern("(|/.*)").minLength(0).maxLength(1024))
        .build();

    public CustomDirectories() {
      super(SCHEMA);
    }

    /**
     * Specifies a location to store the failed files for an AS2 message.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (|/.*)}. CloudFormation property
     * {@code FailedFilesDirectory}.
     */
    public CustomDirectories failedFilesDirectory(String value) {
      return set("FailedFilesDirectory", Value.of(value));
    }

    /**
     * Sets {@code FailedFilesDirectory} to this value; see {@link #failedFilesDirectory(String)}.
     */
    public CustomDirectories failedFilesDirectory(Value<String> value) {
      return set("FailedFilesDirectory", value);
    }

    /**
     * Specifies a location to store the MDN file for an AS2 message.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (|/.*)}. CloudFormation property
     * {@code MdnFilesDirectory}.
     */
    public CustomDirectories mdnFilesDirectory(String value) {
      return set("MdnFilesDirectory", Value.of(value));
    }

    /** Sets {@code MdnFilesDirectory} to this value; see {@link #mdnFilesDirectory(String)}. */
    public CustomDirectories mdnFilesDirectory(Value<String> value) {
      return set("MdnFilesDirectory", value);
    }

    /**
     * Specifies a location to store the payload file for an AS2 message.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (|/.*)}. CloudFormation property
     * {@code PayloadFilesDirectory}.
     */
    public CustomDirectories payloadFilesDirectory(String value) {
      return set("PayloadFilesDirectory", Value.of(value));
    }

    /**
     * Sets {@code PayloadFilesDirectory} to this value; see {@link #payloadFilesDirectory(String)}.
     */
    public CustomDirectories payloadFilesDirectory(Value<String> value) {
      return set("PayloadFilesDirectory", value);
    }

    /**
     * Specifies a location to store the status file for an AS2 message.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (|/.*)}. CloudFormation property
     * {@code StatusFilesDirectory}.
     */
    public CustomDirectories statusFilesDirectory(String value) {
      return set("StatusFilesDirectory", Value.of(value));
    }

    /**
     * Sets {@code StatusFilesDirectory} to this value; see {@link #statusFilesDirectory(String)}.
     */
    public CustomDirectories statusFilesDirectory(Value<String> value) {
      return set("StatusFilesDirectory", value);
    }

    /**
     * Specifies a location to store the temporary processing file for an AS2 message.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (|/.*)}. CloudFormation property
     * {@code TemporaryFilesDirectory}.
     */
    public CustomDirectories temporaryFilesDirectory(String value) {
      return set("TemporaryFilesDirectory", Value.of(value));
    }

    /**
     * Sets {@code TemporaryFilesDirectory} to this value; see {@link
     * #temporaryFilesDirectory(String)}.
     */
    public CustomDirectories temporaryFilesDirectory(Value<String> value) {
      return set("TemporaryFilesDirectory", value);
    }
  }
}
