// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a running app for the specified UserProfile. This operation is automatically invoked by
 * Amazon SageMaker AI upon access to the associated Domain, and when new kernel configurations are
 * selected by the user. A user may have multiple Apps active simultaneously.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::App}.
 */
public final class App extends Resource<App> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::App")
      .required("AppName", "AppType", "DomainId", "UserProfileName")
      .constrain("AppName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").minLength(1).maxLength(63))
      .allowed("AppType", "JupyterServer", "KernelGateway", "RStudioServerPro", "RSessionGateway",
          "Canvas")
      .constrain("DomainId", Constraint.of().pattern("^d-(-*[a-z0-9]){1,61}$").minLength(1).maxLength(63))
      .constrain("UserProfileName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").minLength(1).maxLength(63))
      .attributes("AppArn", "BuiltInLifecycleConfigArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public App(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the app.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code AppName}.
   */
  public App appName(String value) {
    return set("AppName", Value.of(value));
  }

  /** Sets {@code AppName} to this value; see {@link #appName(String)}. */
  public App appName(Value<String> value) {
    return set("AppName", value);
  }

  /**
   * The type of app.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code JupyterServer}, {@code
   * KernelGateway}, {@code RStudioServerPro}, {@code RSessionGateway}, {@code Canvas}.
   * CloudFormation property {@code AppType}.
   */
  public App appType(String value) {
    return set("AppType", Value.of(value));
  }

  /** Sets {@code AppType} to this value; see {@link #appType(String)}. */
  public App appType(Value<String> value) {
    return set("AppType", value);
  }

  /**
   * The domain ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^d-(-*[a-z0-9]){1,61}$}. CloudFormation property {@code DomainId}.
   */
  public App domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public App domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * Indicates whether the application is launched in recovery mode.
   *
   * <p>CloudFormation property {@code RecoveryMode}.
   */
  public App recoveryMode(boolean value) {
    return set("RecoveryMode", Value.of(value));
  }

  /** Sets {@code RecoveryMode} to this value; see {@link #recoveryMode(boolean)}. */
  public App recoveryMode(Value<Boolean> value) {
    return set("RecoveryMode", value);
  }

  /**
   * Specifies the ARNs of a SageMaker image and SageMaker image version, and the instance type that
   * the version runs on.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceSpec}.
   */
  public App resourceSpec(Value<ResourceSpec> value) {
    return set("ResourceSpec", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public App tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public App tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public App tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The user profile name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code UserProfileName}.
   */
  public App userProfileName(String value) {
    return set("UserProfileName", Value.of(value));
  }

  /** Sets {@code UserProfileName} to this value; see {@link #userProfileName(String)}. */
  public App userProfileName(Value<String> value) {
    return set("UserProfileName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the app, such as
   * <code>arn:aws:sagemaker:us-west-2:account-id:app/my-app-name</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppArn}.
   */
  public Value<String> appArn() {
    return getAtt("AppArn");
  }

  /**
   * The lifecycle configuration that runs before the default lifecycle configuration. It can
   * override changes made in the default lifecycle configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BuiltInLifecycleConfigArn}.
   */
  public Value<String> builtInLifecycleConfigArn() {
    return getAtt("BuiltInLifecycleConfigArn");
  }

  /**
   * Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance
   * type that the version runs on.
   *
   * <p>When both <code>SageMakerImageVersionArn</code> and <code>SageMakerImageArn</code> are
   * passed, <code>SageMakerImageVersionArn</code> is used. Any updates to
   * <code>SageMakerImageArn</code> will not take effect if <code>SageMakerImageVersionArn</code>
   * already exists in the <code>ResourceSpec</code> because <code>SageMakerImageVersionArn</code>
   * always takes precedence. To clear the value set for <code>SageMakerImageVersionArn</code> ,
   * pass <code>None</code> as the value.
   *
   * <p>Property type {@code AWS::SageMaker::App.ResourceSpec}.
   */
  public static final class ResourceSpec extends Struct<ResourceSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::App.ResourceSpec")
        .allowed("InstanceType", "system", "ml.t3.micro", "ml.t3.small", "ml.t3.medium",
            "ml.t3.large", "ml.t3.xlarge", "ml.t3.2xlarge", "ml.m5.large", "ml.m5.xlarge",
            "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.8xlarge", "ml.m5.12xlarge", "ml.m5.16xlarge",
            "ml.m5.24xlarge", "ml.m5d.large", "ml.m5d.xlarge", "ml.m5d.2xlarge", "ml.m5d.4xlarge",
            "ml.m5d.8xlarge", "ml.m5d.12xlarge", "ml.m5d.16xlarge", "ml.m5d.24xlarge",
            "ml.c5.large", "ml.c5.xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge",
            "ml.c5.12xlarge", "ml.c5.18xlarge", "ml.c5.24xlarge", "ml.p3.2xlarge", "ml.p3.8xlarge",
            "ml.p3.16xlarge", "ml.p3dn.24xlarge", "ml.g4dn.xlarge", "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge",
            "ml.r5.large", "ml.r5.xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.8xlarge",
            "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.g5.xlarge", "ml.g5.2xlarge",
            "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge", "ml.g5.24xlarge",
            "ml.g5.48xlarge", "ml.g6.xlarge", "ml.g6.2xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge",
            "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge",
            "ml.g6e.2xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.12xlarge",
            "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.48xlarge", "ml.geospatial.interactive",
            "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.trn1.2xlarge", "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge", "ml.p5.48xlarge", "ml.p5e.48xlarge", "ml.p5en.48xlarge",
            "ml.m6i.large", "ml.m6i.xlarge", "ml.m6i.2xlarge", "ml.m6i.4xlarge", "ml.m6i.8xlarge",
            "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.32xlarge",
            "ml.m7i.large", "ml.m7i.xlarge", "ml.m7i.2xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge",
            "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.48xlarge",
            "ml.c6i.large", "ml.c6i.xlarge", "ml.c6i.2xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge",
            "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge", "ml.c6i.32xlarge",
            "ml.c7i.large", "ml.c7i.xlarge", "ml.c7i.2xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge",
            "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge", "ml.c7i.48xlarge",
            "ml.r6i.large", "ml.r6i.xlarge", "ml.r6i.2xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge",
            "ml.r6i.12xlarge", "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.32xlarge",
            "ml.r7i.large", "ml.r7i.xlarge", "ml.r7i.2xlarge", "ml.r7i.4xlarge", "ml.r7i.8xlarge",
            "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.48xlarge",
            "ml.m6id.large", "ml.m6id.xlarge", "ml.m6id.2xlarge", "ml.m6id.4xlarge",
            "ml.m6id.8xlarge", "ml.m6id.12xlarge", "ml.m6id.16xlarge", "ml.m6id.24xlarge",
            "ml.m6id.32xlarge", "ml.c6id.large", "ml.c6id.xlarge", "ml.c6id.2xlarge",
            "ml.c6id.4xlarge", "ml.c6id.8xlarge", "ml.c6id.12xlarge", "ml.c6id.16xlarge",
            "ml.c6id.24xlarge", "ml.c6id.32xlarge", "ml.r6id.large", "ml.r6id.xlarge",
            "ml.r6id.2xlarge", "ml.r6id.4xlarge", "ml.r6id.8xlarge", "ml.r6id.12xlarge",
            "ml.r6id.16xlarge", "ml.r6id.24xlarge", "ml.r6id.32xlarge")
        .constrain("LifecycleConfigArn", Constraint.of().pattern("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$").minLength(0).maxLength(256))
        .constrain("SageMakerImageArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$").minLength(1).maxLength(256))
        .constrain("SageMakerImageVersionArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+$").minLength(1).maxLength(256))
        .build();

    public ResourceSpec() {
      super(SCHEMA);
    }

    /**
     * The instance type that the image version runs on.
     *
     * <p><em>JupyterServer apps</em> only support the <code>system</code> value. For
     * <em>KernelGateway apps</em> , the <code>system</code> value is translated to
     * <code>ml.t3.medium</code> . KernelGateway apps also support all other values for available
     * instance types.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code system}, {@code ml.t3.micro},
     * {@code ml.t3.small}, {@code ml.t3.medium}, {@code ml.t3.large}, {@code ml.t3.xlarge}, {@code
     * ml.t3.2xlarge}, {@code ml.m5.large}, {@code ml.m5.xlarge}, {@code ml.m5.2xlarge}, {@code
     * ml.m5.4xlarge}, {@code ml.m5.8xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.16xlarge}, {@code
     * ml.m5.24xlarge}, {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code ml.m5d.2xlarge}, {@code
     * ml.m5d.4xlarge}, {@code ml.m5d.8xlarge}, {@code ml.m5d.12xlarge}, {@code ml.m5d.16xlarge},
     * {@code ml.m5d.24xlarge}, {@code ml.c5.large}, {@code ml.c5.xlarge}, {@code ml.c5.2xlarge},
     * {@code ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.12xlarge}, {@code ml.c5.18xlarge},
     * {@code ml.c5.24xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code ml.p3.16xlarge},
     * {@code ml.p3dn.24xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g4dn.2xlarge}, {@code
     * ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code ml.g4dn.12xlarge}, {@code
     * ml.g4dn.16xlarge}, {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5.2xlarge}, {@code
     * ml.r5.4xlarge}, {@code ml.r5.8xlarge}, {@code ml.r5.12xlarge}, {@code ml.r5.16xlarge}, {@code
     * ml.r5.24xlarge}, {@code ml.g5.xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.4xlarge}, {@code
     * ml.g5.8xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge},
     * {@code ml.g5.48xlarge}, {@code ml.g6.xlarge}, {@code ml.g6.2xlarge}, {@code ml.g6.4xlarge},
     * {@code ml.g6.8xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code
     * ml.g6.24xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6e.xlarge}, {@code ml.g6e.2xlarge},
     * {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.12xlarge}, {@code
     * ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code ml.g6e.48xlarge}, {@code
     * ml.geospatial.interactive}, {@code ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code
     * ml.trn1.2xlarge}, {@code ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge}, {@code
     * ml.p5.48xlarge}, {@code ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code ml.m6i.large},
     * {@code ml.m6i.xlarge}, {@code ml.m6i.2xlarge}, {@code ml.m6i.4xlarge}, {@code
     * ml.m6i.8xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge},
     * {@code ml.m6i.32xlarge}, {@code ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m7i.2xlarge},
     * {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code ml.m7i.12xlarge}, {@code
     * ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.48xlarge}, {@code ml.c6i.large},
     * {@code ml.c6i.xlarge}, {@code ml.c6i.2xlarge}, {@code ml.c6i.4xlarge}, {@code
     * ml.c6i.8xlarge}, {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge},
     * {@code ml.c6i.32xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c7i.2xlarge},
     * {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code ml.c7i.12xlarge}, {@code
     * ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.48xlarge}, {@code ml.r6i.large},
     * {@code ml.r6i.xlarge}, {@code ml.r6i.2xlarge}, {@code ml.r6i.4xlarge}, {@code
     * ml.r6i.8xlarge}, {@code ml.r6i.12xlarge}, {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge},
     * {@code ml.r6i.32xlarge}, {@code ml.r7i.large}, {@code ml.r7i.xlarge}, {@code ml.r7i.2xlarge},
     * {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code ml.r7i.12xlarge}, {@code
     * ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code ml.r7i.48xlarge}, {@code ml.m6id.large},
     * {@code ml.m6id.xlarge}, {@code ml.m6id.2xlarge}, {@code ml.m6id.4xlarge}, {@code
     * ml.m6id.8xlarge}, {@code ml.m6id.12xlarge}, {@code ml.m6id.16xlarge}, {@code
     * ml.m6id.24xlarge}, {@code ml.m6id.32xlarge}, {@code ml.c6id.large}, {@code ml.c6id.xlarge},
     * {@code ml.c6id.2xlarge}, {@code ml.c6id.4xlarge}, {@code ml.c6id.8xlarge}, {@code
     * ml.c6id.12xlarge}, {@code ml.c6id.16xlarge}, {@code ml.c6id.24xlarge}, {@code
     * ml.c6id.32xlarge}, {@code ml.r6id.large}, {@code ml.r6id.xlarge}, {@code ml.r6id.2xlarge},
     * {@code ml.r6id.4xlarge}, {@code ml.r6id.8xlarge}, {@code ml.r6id.12xlarge}, {@code
     * ml.r6id.16xlarge}, {@code ml.r6id.24xlarge}, {@code ml.r6id.32xlarge}. CloudFormation
     * property {@code InstanceType}.
     */
    public ResourceSpec instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ResourceSpec instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Lifecycle Configuration attached to the Resource.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$}.
     * CloudFormation property {@code LifecycleConfigArn}.
     */
    public ResourceSpec lifecycleConfigArn(String value) {
      return set("LifecycleConfigArn", Value.of(value));
    }

    /** Sets {@code LifecycleConfigArn} to this value; see {@link #lifecycleConfigArn(String)}. */
    public ResourceSpec lifecycleConfigArn(Value<String> value) {
      return set("LifecycleConfigArn", value);
    }

    /**
     * The ARN of the SageMaker AI image that the image version belongs to.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$}. CloudFormation
     * property {@code SageMakerImageArn}.
     */
    public ResourceSpec sageMakerImageArn(String value) {
      return set("SageMakerImageArn", Value.of(value));
    }

    /** Sets {@code SageMakerImageArn} to this value; see {@link #sageMakerImageArn(String)}. */
    public ResourceSpec sageMakerImageArn(Value<String> value) {
      return set("SageMakerImageArn", value);
    }

    /**
     * The ARN of the image version created on the instance. To clear the value set for
     * <code>SageMakerImageVersionArn</code> , pass <code>None</code> as the value.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*&#47;[0-9]+$}.
     * CloudFormation property {@code SageMakerImageVersionArn}.
     */
    public ResourceSpec sageMakerImageVersionArn(String value) {
      return set("SageMakerImageVersionArn", Value.of(value));
    }

    /**
     * Sets {@code SageMakerImageVersionArn} to this value; see {@link
     * #sageMakerImageVersionArn(String)}.
     */
    public ResourceSpec sageMakerImageVersionArn(Value<String> value) {
      return set("SageMakerImageVersionArn", value);
    }
  }
}
