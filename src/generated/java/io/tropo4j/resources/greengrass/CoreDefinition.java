// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::CoreDefinition</code> resource represents a core definition for AWS
 * IoT Greengrass . Core definitions are used to organize your core definition versions.
 *
 * <p>Core definitions can reference multiple core definition versions. All core definition versions
 * must be associated with a core definition. Each core definition version can contain one
 * Greengrass core.
 *
 * <p>When you create a core definition, you can optionally include an initial core definition
 * version. To associate a core definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-coredefinitionversion.html"><code>AWS::Greengrass::CoreDefinitionVersion</code></a>
 * resource and specify the ID of this core definition. After you create the core definition version
 * that contains the core you want to deploy, you must add it to your group version. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::CoreDefinition}.
 */
public final class CoreDefinition extends Resource<CoreDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::CoreDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CoreDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The core definition version to include when the core definition is created. Currently, a core
   * definition version can contain only one <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-coredefinition-core.html"><code>core</code></a>
   * .
   *
   * <p>To associate a core definition version after the core definition is created, create an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-coredefinitionversion.html"><code>AWS::Greengrass::CoreDefinitionVersion</code></a>
   * resource and specify the ID of this core definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public CoreDefinition initialVersion(Value<CoreDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the core definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public CoreDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CoreDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the core definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public CoreDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public CoreDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>CoreDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/cores/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>CoreDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>CoreDefinitionVersion</code> that was added to the
   * <code>CoreDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/cores/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>CoreDefinition</code> , such as <code>MyCoreDefinition</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * A core is an AWS IoT device that runs the AWS IoT Greengrass core software and manages local
   * processes for a Greengrass group. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/what-is-gg.html">What Is AWS IoT
   * Greengrass ?</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Cores</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-coredefinition-coredefinitionversion.html"><code>CoreDefinitionVersion</code></a>
   * property type contains a list of <code>Core</code> property types. Currently, the list can
   * contain only one core.
   *
   * <p>Property type {@code AWS::Greengrass::CoreDefinition.Core}.
   */
  public static final class Core extends Struct<Core> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::CoreDefinition.Core")
        .required("CertificateArn", "Id", "ThingArn")
        .build();

    public Core() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the device certificate for the core. This X.509 certificate
     * is used to authenticate the core with AWS IoT and AWS IoT Greengrass services.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CertificateArn}.
     */
    public Core certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public Core certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * A descriptive or arbitrary ID for the core. This value must be unique within the core
     * definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Core id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Core id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Indicates whether the core's local shadow is synced with the cloud automatically. The default
     * is false.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SyncShadow}.
     */
    public Core syncShadow(boolean value) {
      return set("SyncShadow", Value.of(value));
    }

    /** Sets {@code SyncShadow} to this value; see {@link #syncShadow(boolean)}. */
    public Core syncShadow(Value<Boolean> value) {
      return set("SyncShadow", value);
    }

    /**
     * The ARN of the core, which is an AWS IoT device (thing).
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ThingArn}.
     */
    public Core thingArn(String value) {
      return set("ThingArn", Value.of(value));
    }

    /** Sets {@code ThingArn} to this value; see {@link #thingArn(String)}. */
    public Core thingArn(Value<String> value) {
      return set("ThingArn", value);
    }
  }

  /**
   * A core definition version contains a Greengrass <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-coredefinition-core.html">core</a>
   * .
   *
   * <p>After you create a core definition version that contains the core you want to deploy, you
   * must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>CoreDefinitionVersion</code> is the property type of
   * the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-coredefinition.html"><code>AWS::Greengrass::CoreDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::CoreDefinition.CoreDefinitionVersion}.
   */
  public static final class CoreDefinitionVersion extends Struct<CoreDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::CoreDefinition.CoreDefinitionVersion")
        .required("Cores")
        .build();

    public CoreDefinitionVersion() {
      super(SCHEMA);
    }

    /**
     * The Greengrass core in this version. Currently, the <code>Cores</code> property for a core
     * definition version can contain only one core.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Cores}.
     */
    public CoreDefinitionVersion cores(List<Core> value) {
      return set("Cores", Value.listOf(value));
    }

    /** Sets {@code Cores} to this value; see {@link #cores(List)}. */
    public CoreDefinitionVersion cores(Value<List<Core>> value) {
      return set("Cores", value);
    }

    /** Sets {@code Cores} to a list of these; see {@link #cores(List)}. */
    public CoreDefinitionVersion cores(Core... values) {
      return set("Cores", Value.list(values));
    }
  }
}
