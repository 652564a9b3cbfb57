// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rekognition;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Rekognition::StreamProcessor</code> type creates a stream processor used to detect
 * and recognize faces or to detect connected home labels in a streaming video. Amazon Rekognition
 * Video is a consumer of live video from Amazon Kinesis Video Streams. There are two different
 * settings for stream processors in Amazon Rekognition, one for detecting faces and one for
 * connected home features.
 *
 * <p>If you are creating a stream processor for detecting faces, you provide a Kinesis video stream
 * (input) and a Kinesis data stream (output). You also specify the face recognition criteria in
 * FaceSearchSettings. For example, the collection containing faces that you want to recognize.
 *
 * <p>If you are creating a stream processor for detection of connected home labels, you provide a
 * Kinesis video stream for input, and for output an Amazon S3 bucket and an Amazon SNS topic. You
 * can also provide a KMS key ID to encrypt the data sent to your Amazon S3 bucket. You specify what
 * you want to detect in ConnectedHomeSettings, such as people, packages, and pets.
 *
 * <p>You can also specify where in the frame you want Amazon Rekognition to monitor with
 * BoundingBoxRegionsOfInterest and PolygonRegionsOfInterest. The Name is used to manage the stream
 * processor and it is the identifier for the stream processor. The
 * <code>AWS::Rekognition::StreamProcessor</code> resource creates a stream processor in the same
 * Region where you create the Amazon CloudFormation stack.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor">CreateStreamProcessor</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Rekognition::StreamProcessor}.
 */
public final class StreamProcessor extends Resource<StreamProcessor> {
  private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor")
      .required("KinesisVideoStream", "RoleArn")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_.\\-]+").minLength(1).maxLength(128))
      .constrain("RoleArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*").maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .attributes("Arn", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StreamProcessor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of BoundingBox objects, each of which denotes a region of interest on screen. For more
   * information, see the BoundingBox field of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_RegionOfInterest">RegionOfInterest</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * BoundingBoxRegionsOfInterest}.
   */
  public StreamProcessor boundingBoxRegionsOfInterest(List<BoundingBox> value) {
    return set("BoundingBoxRegionsOfInterest", Value.listOf(value));
  }

  /**
   * Sets {@code BoundingBoxRegionsOfInterest} to this value; see {@link
   * #boundingBoxRegionsOfInterest(List)}.
   */
  public StreamProcessor boundingBoxRegionsOfInterest(Value<List<BoundingBox>> value) {
    return set("BoundingBoxRegionsOfInterest", value);
  }

  /**
   * Sets {@code BoundingBoxRegionsOfInterest} to a list of these; see {@link
   * #boundingBoxRegionsOfInterest(List)}.
   */
  public StreamProcessor boundingBoxRegionsOfInterest(BoundingBox... values) {
    return set("BoundingBoxRegionsOfInterest", Value.list(values));
  }

  /**
   * Connected home settings to use on a streaming video. You can use a stream processor for
   * connected home features and select what you want the stream processor to detect, such as people
   * or pets. When the stream processor has started, one notification is sent for each object class
   * specified. For more information, see the ConnectedHome section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorSettings">StreamProcessorSettings</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ConnectedHomeSettings}.
   */
  public StreamProcessor connectedHomeSettings(Value<ConnectedHomeSettings> value) {
    return set("ConnectedHomeSettings", value);
  }

  /**
   * Allows you to opt in or opt out to share data with Rekognition to improve model performance.
   * You can choose this option at the account level or on a per-stream basis. Note that if you opt
   * out at the account level this setting is ignored on individual streams. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorDataSharingPreference">StreamProcessorDataSharingPreference</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataSharingPreference}.
   */
  public StreamProcessor dataSharingPreference(Value<DataSharingPreference> value) {
    return set("DataSharingPreference", value);
  }

  /**
   * The input parameters used to recognize faces in a streaming video analyzed by an Amazon
   * Rekognition stream processor. For more information regarding the contents of the parameters,
   * see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_FaceSearchSettings">FaceSearchSettings</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code FaceSearchSettings}.
   */
  public StreamProcessor faceSearchSettings(Value<FaceSearchSettings> value) {
    return set("FaceSearchSettings", value);
  }

  /**
   * Amazon Rekognition's Video Stream Processor takes a Kinesis video stream as input. This is the
   * Amazon Kinesis Data Streams instance to which the Amazon Rekognition stream processor streams
   * the analysis results. This must be created within the constraints specified at <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_KinesisDataStream">KinesisDataStream</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KinesisDataStream}.
   */
  public StreamProcessor kinesisDataStream(Value<KinesisDataStream> value) {
    return set("KinesisDataStream", value);
  }

  /**
   * The Kinesis video stream that provides the source of the streaming video for an Amazon
   * Rekognition Video stream processor. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_KinesisVideoStream">KinesisVideoStream</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * KinesisVideoStream}.
   */
  public StreamProcessor kinesisVideoStream(Value<KinesisVideoStream> value) {
    return set("KinesisVideoStream", value);
  }

  /**
   * The identifier for your Amazon Key Management Service key (Amazon KMS key). Optional parameter
   * for connected home stream processors used to encrypt results and data published to your Amazon
   * S3 bucket. For more information, see the KMSKeyId section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor">CreateStreamProcessor</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public StreamProcessor kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public StreamProcessor kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The Name attribute specifies the name of the stream processor and it must be within the
   * constraints described in the Name section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessor">StreamProcessor</a>
   * . If you don't specify a name, Amazon CloudFormation generates a unique ID and uses that ID for
   * the stream processor name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_.&#92;-]+}. CloudFormation property {@code Name}.
   */
  public StreamProcessor name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StreamProcessor name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Simple Notification Service topic to which Amazon Rekognition publishes the object
   * detection results and completion status of a video analysis operation. Amazon Rekognition
   * publishes a notification the first time an object of interest or a person is detected in the
   * video stream. Amazon Rekognition also publishes an end-of-session notification with a summary
   * when the stream processing session is complete. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorNotificationChannel">StreamProcessorNotificationChannel</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NotificationChannel}.
   */
  public StreamProcessor notificationChannel(Value<NotificationChannel> value) {
    return set("NotificationChannel", value);
  }

  /**
   * A set of ordered lists of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_Point">Point</a> objects.
   * Each entry of the set contains a polygon denoting a region of interest on the screen. Each
   * polygon is an ordered list of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_Point">Point</a> objects.
   * For more information, see the Polygon field of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_RegionOfInterest">RegionOfInterest</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PolygonRegionsOfInterest}.
   */
  public StreamProcessor polygonRegionsOfInterest(List<List<Point>> value) {
    return set("PolygonRegionsOfInterest", Value.listOf(value));
  }

  /**
   * Sets {@code PolygonRegionsOfInterest} to this value; see {@link
   * #polygonRegionsOfInterest(List)}.
   */
  public StreamProcessor polygonRegionsOfInterest(Value<List<List<Point>>> value) {
    return set("PolygonRegionsOfInterest", value);
  }

  /**
   * The ARN of the IAM role that allows access to the stream processor. The IAM role provides
   * Rekognition read permissions to the Kinesis stream. It also provides write permissions to an
   * Amazon S3 bucket and Amazon Simple Notification Service topic for a connected home stream
   * processor. This is required for both face search and connected home stream processors. For
   * information about constraints, see the RoleArn section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor">CreateStreamProcessor</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern:
   * {@code arn:aws(-[&#92;w]+)*:iam::[0-9]{12}:role/.*}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public StreamProcessor roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public StreamProcessor roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The Amazon S3 bucket location to which Amazon Rekognition publishes the detailed inference
   * results of a video analysis operation. For more information, see the S3Destination section of
   * <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorOutput">StreamProcessorOutput</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code S3Destination}.
   */
  public StreamProcessor s3Destination(Value<S3Destination> value) {
    return set("S3Destination", value);
  }

  /**
   * A set of tags (key-value pairs) that you want to attach to the stream processor. For more
   * information, see the Tags section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor">CreateStreamProcessor</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StreamProcessor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StreamProcessor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StreamProcessor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name for the newly created stream processor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Current status of the Amazon Rekognition stream processor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Detailed status message about the stream processor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * Identifies the bounding box around the label, face, text, or personal protective equipment. The
   * <code>left</code> (x-coordinate) and <code>top</code> (y-coordinate) are coordinates
   * representing the top and left sides of the bounding box. Note that the upper-left corner of the
   * image is the origin (0,0).
   *
   * <p>The <code>top</code> and <code>left</code> values returned are ratios of the overall image
   * size. For example, if the input image is 700x200 pixels, and the top-left coordinate of the
   * bounding box is 350x50 pixels, the API returns a <code>left</code> value of 0.5 (350/700) and a
   * <code>top</code> value of 0.25 (50/200).
   *
   * <p>The <code>width</code> and <code>height</code> values represent the dimensions of the
   * bounding box as a ratio of the overall image dimension. For example, if the input image is
   * 700x200 pixels, and the bounding box width is 70 pixels, the width returned is 0.1. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_BoundingBox">BoundingBox</a>
   * .
   *
   * <p>The bounding box coordinates can have negative values. For example, if Amazon Rekognition is
   * able to detect a face that is at the image edge and is only partially visible, the service can
   * return coordinates that are outside the image bounds and, depending on the image edge, you
   * might get negative values or values greater than 1 for the <code>left</code> or
   * <code>top</code> values.
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.BoundingBox}.
   */
  public static final class BoundingBox extends Struct<BoundingBox> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.BoundingBox")
        .required("Height", "Left", "Top", "Width")
        .constrain("Height", Constraint.of().minimum(0).maximum(100))
        .constrain("Left", Constraint.of().minimum(0).maximum(100))
        .constrain("Top", Constraint.of().minimum(0).maximum(100))
        .constrain("Width", Constraint.of().minimum(0).maximum(100))
        .build();

    public BoundingBox() {
      super(SCHEMA);
    }

    /**
     * Height of the bounding box as a ratio of the overall image height.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code Height}.
     */
    public BoundingBox height(double value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(double)}. */
    public BoundingBox height(Value<Double> value) {
      return set("Height", value);
    }

    /**
     * Left coordinate of the bounding box as a ratio of overall image width.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code Left}.
     */
    public BoundingBox left(double value) {
      return set("Left", Value.of(value));
    }

    /** Sets {@code Left} to this value; see {@link #left(double)}. */
    public BoundingBox left(Value<Double> value) {
      return set("Left", value);
    }

    /**
     * Top coordinate of the bounding box as a ratio of overall image height.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code Top}.
     */
    public BoundingBox top(double value) {
      return set("Top", Value.of(value));
    }

    /** Sets {@code Top} to this value; see {@link #top(double)}. */
    public BoundingBox top(Value<Double> value) {
      return set("Top", value);
    }

    /**
     * Width of the bounding box as a ratio of the overall image width.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code Width}.
     */
    public BoundingBox width(double value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(double)}. */
    public BoundingBox width(Value<Double> value) {
      return set("Width", value);
    }
  }

  /**
   * Connected home settings to use on a streaming video. Defining the settings is required in the
   * request parameter for <code>CreateStreamProcessor</code> . Including this setting in the
   * CreateStreamProcessor request lets you use the stream processor for connected home features.
   * You can then select what you want the stream processor to detect, such as people or pets.
   *
   * <p>When the stream processor has started, one notification is sent for each object class
   * specified. For example, if packages and pets are selected, one SNS notification is published
   * the first time a package is detected and one SNS notification is published the first time a pet
   * is detected. An end-of-session summary is also published. For more information, see the
   * ConnectedHome section of <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorSettings">StreamProcessorSettings</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.ConnectedHomeSettings}.
   */
  public static final class ConnectedHomeSettings extends Struct<ConnectedHomeSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.ConnectedHomeSettings")
        .required("Labels")
        .constrain("Labels", Constraint.of().minLength(1).maxLength(128))
        .constrain("MinConfidence", Constraint.of().minimum(0).maximum(100))
        .build();

    public ConnectedHomeSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies what you want to detect in the video, such as people, packages, or pets. The
     * current valid labels you can include in this list are: "PERSON", "PET", "PACKAGE", and "ALL".
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. CloudFormation
     * property {@code Labels}.
     */
    public ConnectedHomeSettings labels(List<String> value) {
      return set("Labels", Value.listOf(value));
    }

    /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
    public ConnectedHomeSettings labels(Value<List<String>> value) {
      return set("Labels", value);
    }

    /**
     * The minimum confidence required to label an object in the video.
     *
     * <p>Changing it replaces the resource. Range: 0 to 100. CloudFormation property {@code
     * MinConfidence}.
     */
    public ConnectedHomeSettings minConfidence(double value) {
      return set("MinConfidence", Value.of(value));
    }

    /** Sets {@code MinConfidence} to this value; see {@link #minConfidence(double)}. */
    public ConnectedHomeSettings minConfidence(Value<Double> value) {
      return set("MinConfidence", value);
    }
  }

  /**
   * Allows you to opt in or opt out to share data with Rekognition to improve model performance.
   * You can choose this option at the account level or on a per-stream basis. Note that if you opt
   * out at the account level, this setting is ignored on individual streams. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorDataSharingPreference">StreamProcessorDataSharingPreference</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.DataSharingPreference}.
   */
  public static final class DataSharingPreference extends Struct<DataSharingPreference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.DataSharingPreference")
        .required("OptIn")
        .build();

    public DataSharingPreference() {
      super(SCHEMA);
    }

    /**
     * Describes the opt-in status applied to a stream processor's data sharing policy.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code OptIn}.
     */
    public DataSharingPreference optIn(boolean value) {
      return set("OptIn", Value.of(value));
    }

    /** Sets {@code OptIn} to this value; see {@link #optIn(boolean)}. */
    public DataSharingPreference optIn(Value<Boolean> value) {
      return set("OptIn", value);
    }
  }

  /**
   * The input parameters used to recognize faces in a streaming video analyzed by a Amazon
   * Rekognition stream processor. <code>FaceSearchSettings</code> is a request parameter for <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CreateStreamProcessor">CreateStreamProcessor</a>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_FaceSearchSettings">FaceSearchSettings</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.FaceSearchSettings}.
   */
  public static final class FaceSearchSettings extends Struct<FaceSearchSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.FaceSearchSettings")
        .required("CollectionId")
        .constrain("CollectionId", Constraint.of().pattern("\\A[a-zA-Z0-9_\\.\\-]+$").maxLength(255))
        .constrain("FaceMatchThreshold", Constraint.of().minimum(0).maximum(100))
        .build();

    public FaceSearchSettings() {
      super(SCHEMA);
    }

    /**
     * The ID of a collection that contains faces that you want to search for.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 255 characters. Pattern:
     * {@code &#92;A[a-zA-Z0-9_&#92;.&#92;-]+$}. CloudFormation property {@code CollectionId}.
     */
    public FaceSearchSettings collectionId(String value) {
      return set("CollectionId", Value.of(value));
    }

    /** Sets {@code CollectionId} to this value; see {@link #collectionId(String)}. */
    public FaceSearchSettings collectionId(Value<String> value) {
      return set("CollectionId", value);
    }

    /**
     * Minimum face match confidence score that must be met to return a result for a recognized
     * face. The default is 80. 0 is the lowest confidence. 100 is the highest confidence. Values
     * between 0 and 100 are accepted, and values lower than 80 are set to 80.
     *
     * <p>Changing it replaces the resource. Range: 0 to 100. CloudFormation property {@code
     * FaceMatchThreshold}.
     */
    public FaceSearchSettings faceMatchThreshold(double value) {
      return set("FaceMatchThreshold", Value.of(value));
    }

    /** Sets {@code FaceMatchThreshold} to this value; see {@link #faceMatchThreshold(double)}. */
    public FaceSearchSettings faceMatchThreshold(Value<Double> value) {
      return set("FaceMatchThreshold", value);
    }
  }

  /**
   * Amazon Rekognition Video Stream Processor take as input a Kinesis video stream (Input) and a
   * Kinesis data stream (Output). This is the Amazon Kinesis Data Streams instance to which the
   * Amazon Rekognition stream processor streams the analysis results. This must be created within
   * the constraints specified at <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_KinesisDataStream">KinesisDataStream</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.KinesisDataStream}.
   */
  public static final class KinesisDataStream extends Struct<KinesisDataStream> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.KinesisDataStream")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("(^arn:([a-z\\d-]+):kinesis:([a-z\\d-]+):\\d{12}:.+$)").maxLength(2048))
        .build();

    public KinesisDataStream() {
      super(SCHEMA);
    }

    /**
     * ARN of the output Amazon Kinesis Data Streams stream.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern:
     * {@code (^arn:([a-z&#92;d-]+):kinesis:([a-z&#92;d-]+):&#92;d{12}:.+$)}. CloudFormation
     * property {@code Arn}.
     */
    public KinesisDataStream arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public KinesisDataStream arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The Kinesis video stream that provides the source of the streaming video for an Amazon
   * Rekognition Video stream processor. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_KinesisVideoStream">KinesisVideoStream</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.KinesisVideoStream}.
   */
  public static final class KinesisVideoStream extends Struct<KinesisVideoStream> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.KinesisVideoStream")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("(^arn:([a-z\\d-]+):kinesisvideo:([a-z\\d-]+):\\d{12}:.+$)").maxLength(2048))
        .build();

    public KinesisVideoStream() {
      super(SCHEMA);
    }

    /**
     * ARN of the Kinesis video stream stream that streams the source video.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern:
     * {@code (^arn:([a-z&#92;d-]+):kinesisvideo:([a-z&#92;d-]+):&#92;d{12}:.+$)}. CloudFormation
     * property {@code Arn}.
     */
    public KinesisVideoStream arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public KinesisVideoStream arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The Amazon Simple Notification Service topic to which Amazon Rekognition publishes the object
   * detection results and completion status of a video analysis operation. Amazon Rekognition
   * publishes a notification the first time an object of interest or a person is detected in the
   * video stream. Amazon Rekognition also publishes an an end-of-session notification with a
   * summary when the stream processing session is complete. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_StreamProcessorNotificationChannel">StreamProcessorNotificationChannel</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.NotificationChannel}.
   */
  public static final class NotificationChannel extends Struct<NotificationChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.NotificationChannel")
        .required("Arn")
        .constrain("Arn", Constraint.of().maxLength(2048))
        .build();

    public NotificationChannel() {
      super(SCHEMA);
    }

    /**
     * The ARN of the SNS topic that receives notifications.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 2048 characters.
     * CloudFormation property {@code Arn}.
     */
    public NotificationChannel arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public NotificationChannel arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The X and Y coordinates of a point on an image or video frame. The X and Y values are ratios of
   * the overall image size or video resolution. For example, if the input image is 700x200 and the
   * values are X=0.5 and Y=0.25, then the point is at the (350,50) pixel coordinate on the image.
   *
   * <p>An array of <code>Point</code> objects, <code>Polygon</code> , is returned by <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectText">DetectText</a>
   * and by <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_DetectCustomLabels">DetectCustomLabels</a>
   * or used to define regions of interest in Amazon Rekognition Video operations such as
   * <code>CreateStreamProcessor</code> . <code>Polygon</code> represents a fine-grained polygon
   * around a detected item. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_Geometry">Geometry</a> .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.Point}.
   */
  public static final class Point extends Struct<Point> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.Point")
        .required("X", "Y")
        .build();

    public Point() {
      super(SCHEMA);
    }

    /**
     * The value of the X coordinate for a point on a <code>Polygon</code> .
     *
     * <p>Required. CloudFormation property {@code X}.
     */
    public Point x(double value) {
      return set("X", Value.of(value));
    }

    /** Sets {@code X} to this value; see {@link #x(double)}. */
    public Point x(Value<Double> value) {
      return set("X", value);
    }

    /**
     * The value of the Y coordinate for a point on a <code>Polygon</code> .
     *
     * <p>Required. CloudFormation property {@code Y}.
     */
    public Point y(double value) {
      return set("Y", Value.of(value));
    }

    /** Sets {@code Y} to this value; see {@link #y(double)}. */
    public Point y(Value<Double> value) {
      return set("Y", value);
    }
  }

  /**
   * The Amazon S3 bucket location to which Amazon Rekognition publishes the detailed inference
   * results of a video analysis operation. These results include the name of the stream processor
   * resource, the session ID of the stream processing session, and labeled timestamps and bounding
   * boxes for detected labels. For more information, see <a
   * href="https://docs.aws.amazon.com/rekognition/latest/APIReference/API_S3Destination">S3Destination</a>
   * .
   *
   * <p>Property type {@code AWS::Rekognition::StreamProcessor.S3Destination}.
   */
  public static final class S3Destination extends Struct<S3Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Rekognition::StreamProcessor.S3Destination")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("ObjectKeyPrefix", Constraint.of().maxLength(256))
        .build();

    public S3Destination() {
      super(SCHEMA);
    }

    /**
     * Describes the destination Amazon Simple Storage Service (Amazon S3) bucket name of a stream
     * processor's exports.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 63 characters. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Destination bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Destination bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Describes the destination Amazon Simple Storage Service (Amazon S3) object keys of a stream
     * processor's exports.
     *
     * <p>Changing it replaces the resource. Length: at most 256 characters. CloudFormation property
     * {@code ObjectKeyPrefix}.
     */
    public S3Destination objectKeyPrefix(String value) {
      return set("ObjectKeyPrefix", Value.of(value));
    }

    /** Sets {@code ObjectKeyPrefix} to this value; see {@link #objectKeyPrefix(String)}. */
    public S3Destination objectKeyPrefix(Value<String> value) {
      return set("ObjectKeyPrefix", value);
    }
  }
}
