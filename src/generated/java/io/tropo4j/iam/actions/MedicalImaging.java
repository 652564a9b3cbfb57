// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS HealthImaging (prefix {@code medical-imaging}), as the service authorization reference lists them.
 */
public final class MedicalImaging {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "medical-imaging";

  /** {@code medical-imaging:CopyImageSet}: Write; on datastore, imageset. */
  public static final Action COPY_IMAGE_SET = Action.of(PREFIX, "CopyImageSet");

  /** {@code medical-imaging:CreateDatastore}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATASTORE = Action.of(PREFIX, "CreateDatastore");

  /** {@code medical-imaging:DeleteDatastore}: Write; on datastore. */
  public static final Action DELETE_DATASTORE = Action.of(PREFIX, "DeleteDatastore");

  /** {@code medical-imaging:DeleteImageSet}: Write; on datastore, imageset. */
  public static final Action DELETE_IMAGE_SET = Action.of(PREFIX, "DeleteImageSet");

  /** {@code medical-imaging:GetDICOMBulkdata}: Read; on datastore. */
  public static final Action GET_DICOM_BULKDATA = Action.of(PREFIX, "GetDICOMBulkdata");

  /** {@code medical-imaging:GetDICOMImportJob}: Read; on datastore. */
  public static final Action GET_DICOM_IMPORT_JOB = Action.of(PREFIX, "GetDICOMImportJob");

  /** {@code medical-imaging:GetDICOMInstance}: Read; on datastore. */
  public static final Action GET_DICOM_INSTANCE = Action.of(PREFIX, "GetDICOMInstance");

  /** {@code medical-imaging:GetDICOMInstanceFrames}: Read; on datastore. */
  public static final Action GET_DICOM_INSTANCE_FRAMES = Action.of(PREFIX, "GetDICOMInstanceFrames");

  /** {@code medical-imaging:GetDICOMInstanceMetadata}: Read; on datastore. */
  public static final Action GET_DICOM_INSTANCE_METADATA = Action.of(PREFIX, "GetDICOMInstanceMetadata");

  /** {@code medical-imaging:GetDICOMSeriesMetadata}: Read; on datastore. */
  public static final Action GET_DICOM_SERIES_METADATA = Action.of(PREFIX, "GetDICOMSeriesMetadata");

  /** {@code medical-imaging:GetDatastore}: Read; on datastore. */
  public static final Action GET_DATASTORE = Action.of(PREFIX, "GetDatastore");

  /** {@code medical-imaging:GetImageFrame}: Read; on datastore, imageset. */
  public static final Action GET_IMAGE_FRAME = Action.of(PREFIX, "GetImageFrame");

  /** {@code medical-imaging:GetImageSet}: Read; on datastore, imageset. */
  public static final Action GET_IMAGE_SET = Action.of(PREFIX, "GetImageSet");

  /** {@code medical-imaging:GetImageSetMetadata}: Read; on datastore, imageset. */
  public static final Action GET_IMAGE_SET_METADATA = Action.of(PREFIX, "GetImageSetMetadata");

  /** {@code medical-imaging:ListDICOMImportJobs}: List; on datastore. */
  public static final Action LIST_DICOM_IMPORT_JOBS = Action.of(PREFIX, "ListDICOMImportJobs");

  /** {@code medical-imaging:ListDatastores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATASTORES = Action.of(PREFIX, "ListDatastores");

  /** {@code medical-imaging:ListImageSetVersions}: List; on datastore, imageset. */
  public static final Action LIST_IMAGE_SET_VERSIONS = Action.of(PREFIX, "ListImageSetVersions");

  /** {@code medical-imaging:ListTagsForResource}: List; on datastore, imageset. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code medical-imaging:SearchDICOMInstances}: Read; on datastore. */
  public static final Action SEARCH_DICOM_INSTANCES = Action.of(PREFIX, "SearchDICOMInstances");

  /** {@code medical-imaging:SearchDICOMSeries}: Read; on datastore. */
  public static final Action SEARCH_DICOM_SERIES = Action.of(PREFIX, "SearchDICOMSeries");

  /** {@code medical-imaging:SearchDICOMStudies}: Read; on datastore. */
  public static final Action SEARCH_DICOM_STUDIES = Action.of(PREFIX, "SearchDICOMStudies");

  /** {@code medical-imaging:SearchImageSets}: Read; on datastore. */
  public static final Action SEARCH_IMAGE_SETS = Action.of(PREFIX, "SearchImageSets");

  /** {@code medical-imaging:StartDICOMImportJob}: Write; on datastore. */
  public static final Action START_DICOM_IMPORT_JOB = Action.of(PREFIX, "StartDICOMImportJob");

  /** {@code medical-imaging:StoreDICOM}: Write; on datastore. */
  public static final Action STORE_DICOM = Action.of(PREFIX, "StoreDICOM");

  /** {@code medical-imaging:StoreDICOMStudy}: Write; on datastore. */
  public static final Action STORE_DICOM_STUDY = Action.of(PREFIX, "StoreDICOMStudy");

  /** {@code medical-imaging:TagResource}: Tagging; on datastore, imageset. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code medical-imaging:UntagResource}: Tagging; on datastore, imageset. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code medical-imaging:UpdateImageSetMetadata}: Write; on datastore, imageset. */
  public static final Action UPDATE_IMAGE_SET_METADATA = Action.of(PREFIX, "UpdateImageSetMetadata");

  private MedicalImaging() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
