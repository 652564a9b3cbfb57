// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::CoreDefinitionVersion</code> resource represents a core definition
 * version for AWS IoT Greengrass . A core definition version contains a Greengrass core.
 *
 * <p>To create a core definition version, you must specify the ID of the core definition that you
 * want to associate with the version. For information about creating a core definition, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-coredefinition.html"><code>AWS::Greengrass::CoreDefinition</code></a>
 * . After you create a core definition version that contains the core you want to deploy, you must
 * add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::CoreDefinitionVersion}.
 */
public final class CoreDefinitionVersion extends Resource<CoreDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::CoreDefinitionVersion")
      .required("CoreDefinitionId", "Cores")
      .refYields("Id")
      .attributes("Id")
      .build();

  public CoreDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the core definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CoreDefinitionId}.
   */
  public CoreDefinitionVersion coreDefinitionId(String value) {
    return set("CoreDefinitionId", Value.of(value));
  }

  /** Sets {@code CoreDefinitionId} to this value; see {@link #coreDefinitionId(String)}. */
  public CoreDefinitionVersion coreDefinitionId(Value<String> value) {
    return set("CoreDefinitionId", value);
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A core is an AWS IoT device that runs the AWS IoT Greengrass core software and manages local
   * processes for a Greengrass group. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/what-is-gg.html">What Is AWS IoT
   * Greengrass ?</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Cores</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-coredefinitionversion.html"><code>AWS::Greengrass::CoreDefinitionVersion</code></a>
   * resource contains a list of <code>Core</code> property types. Currently, the list can contain
   * only one core.
   *
   * <p>Property type {@code AWS::Greengrass::CoreDefinitionVersion.Core}.
   */
  public static final class Core extends Struct<Core> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::CoreDefinitionVersion.Core")
        .required("CertificateArn", "Id", "ThingArn")
        .build();

    public Core() {
      super(SCHEMA);
    }

    /**
     * The ARN of the device certificate for the core. This X.509 certificate is used to
     * authenticate the core with AWS IoT and AWS IoT Greengrass services.
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
     * The Amazon Resource Name (ARN) of the core, which is an AWS IoT device (thing).
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
}
