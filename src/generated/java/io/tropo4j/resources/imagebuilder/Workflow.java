// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Create a new workflow or a new version of an existing workflow.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::Workflow}.
 */
public final class Workflow extends Resource<Workflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::Workflow")
      .required("Name", "Type", "Version")
      .constrain("ChangeDescription", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Data", Constraint.of().pattern("^[^\\x00]+$").minLength(1).maxLength(16000))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .allowed("Type", "BUILD", "TEST", "DISTRIBUTION")
      .refYields("Arn")
      .attributes("Arn", "LatestVersion", "LatestVersion.Arn", "LatestVersion.Major",
          "LatestVersion.Minor", "LatestVersion.Patch")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Workflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes what change has been made in this version of the workflow, or what makes this version
   * different from other versions of the workflow.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code ChangeDescription}.
   */
  public Workflow changeDescription(String value) {
    return set("ChangeDescription", Value.of(value));
  }

  /** Sets {@code ChangeDescription} to this value; see {@link #changeDescription(String)}. */
  public Workflow changeDescription(Value<String> value) {
    return set("ChangeDescription", value);
  }

  /**
   * Contains the UTF-8 encoded YAML document content for the workflow. Alternatively, you can
   * specify the <code>uri</code> of a YAML document file stored in Amazon S3. However, you cannot
   * specify both properties.
   *
   * <p>Changing it replaces the resource. Length: 1 to 16000 characters. Pattern: {@code
   * ^[^&#92;x00]+$}. CloudFormation property {@code Data}.
   */
  public Workflow data(String value) {
    return set("Data", Value.of(value));
  }

  /** Sets {@code Data} to this value; see {@link #data(String)}. */
  public Workflow data(Value<String> value) {
    return set("Data", value);
  }

  /**
   * Describes the workflow.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public Workflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workflow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) that uniquely identifies the KMS key used to encrypt this
   * workflow resource. This can be either the Key ARN or the Alias ARN. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN">Key
   * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Workflow kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Workflow kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of the workflow to create.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public Workflow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Workflow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags that apply to the workflow resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workflow tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Workflow tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Workflow tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The phase in the image build process for which the workflow resource is responsible.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code BUILD}, {@code TEST},
   * {@code DISTRIBUTION}. CloudFormation property {@code Type}.
   */
  public Workflow typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Workflow typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The <code>uri</code> of a YAML component document file. This must be an S3 URL (
   * <code>s3://bucket/key</code> ), and the requester must have permission to access the S3 bucket
   * it points to. If you use Amazon S3, you can specify component content up to your service quota.
   *
   * <p>Alternatively, you can specify the YAML document inline, using the component
   * <code>data</code> property. You cannot specify both properties.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Uri}.
   */
  public Workflow uri(String value) {
    return set("Uri", Value.of(value));
  }

  /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
  public Workflow uri(Value<String> value) {
    return set("Uri", value);
  }

  /**
   * The semantic version of this workflow resource. The semantic version syntax adheres to the
   * following rules.
   *
   * <p>The semantic version has four nodes:
   * &lt;major&gt;.&lt;minor&gt;.&lt;patch&gt;/&lt;build&gt;. You can assign values for the first
   * three, and can filter on all of them. <em>Assignment:</em> For the first three nodes you can
   * assign any positive integer value, including zero, with an upper limit of 2^30-1, or 1073741823
   * for each node. Image Builder automatically assigns the build number to the fourth node.
   * <em>Patterns:</em> You can use any numeric pattern that adheres to the assignment requirements
   * for the nodes that you can assign. For example, you might choose a software version pattern,
   * such as 1.0.0, or a date, such as 2021.01.01.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Version}.
   */
  public Workflow version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Workflow version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the workflow resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The latest version references of the workflow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion}.
   */
  public Value<LatestVersion> latestVersion() {
    return getAtt("LatestVersion");
  }

  /**
   * The latest version Amazon Resource Name (ARN) of the Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Arn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersion.Arn");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>major</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Major}.
   */
  public Value<String> latestVersionMajor() {
    return getAtt("LatestVersion.Major");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>minor</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Minor}.
   */
  public Value<String> latestVersionMinor() {
    return getAtt("LatestVersion.Minor");
  }

  /**
   * The latest version Amazon Resource Name (ARN) with the same <code>patch</code> version of the
   * Image Builder resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersion.Patch}.
   */
  public Value<String> latestVersionPatch() {
    return getAtt("LatestVersion.Patch");
  }

  /**
   * The resource ARNs with different wildcard variations of semantic versioning.
   *
   * <p>Property type {@code AWS::ImageBuilder::Workflow.LatestVersion}.
   */
  public static final class LatestVersion extends Struct<LatestVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::Workflow.LatestVersion");

    public LatestVersion() {
      super(SCHEMA);
    }

    /**
     * The latest version Amazon Resource Name (ARN) of the Image Builder resource.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public LatestVersion arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public LatestVersion arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>major</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Major}.
     */
    public LatestVersion major(String value) {
      return set("Major", Value.of(value));
    }

    /** Sets {@code Major} to this value; see {@link #major(String)}. */
    public LatestVersion major(Value<String> value) {
      return set("Major", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>minor</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Minor}.
     */
    public LatestVersion minor(String value) {
      return set("Minor", Value.of(value));
    }

    /** Sets {@code Minor} to this value; see {@link #minor(String)}. */
    public LatestVersion minor(Value<String> value) {
      return set("Minor", value);
    }

    /**
     * The latest version Amazon Resource Name (ARN) with the same <code>patch</code> version of the
     * Image Builder resource.
     *
     * <p>CloudFormation property {@code Patch}.
     */
    public LatestVersion patch(String value) {
      return set("Patch", Value.of(value));
    }

    /** Sets {@code Patch} to this value; see {@link #patch(String)}. */
    public LatestVersion patch(Value<String> value) {
      return set("Patch", value);
    }
  }
}
