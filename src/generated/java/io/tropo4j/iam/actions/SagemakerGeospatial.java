// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SageMaker geospatial capabilities (prefix {@code sagemaker-geospatial}), as the service authorization reference lists them.
 */
public final class SagemakerGeospatial {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sagemaker-geospatial";

  /** {@code sagemaker-geospatial:DeleteEarthObservationJob}: Write; on EarthObservationJob. */
  public static final Action DELETE_EARTH_OBSERVATION_JOB = Action.of(PREFIX, "DeleteEarthObservationJob");

  /** {@code sagemaker-geospatial:DeleteVectorEnrichmentJob}: Write; on VectorEnrichmentJob. */
  public static final Action DELETE_VECTOR_ENRICHMENT_JOB = Action.of(PREFIX, "DeleteVectorEnrichmentJob");

  /** {@code sagemaker-geospatial:ExportEarthObservationJob}: Write; on EarthObservationJob. */
  public static final Action EXPORT_EARTH_OBSERVATION_JOB = Action.of(PREFIX, "ExportEarthObservationJob");

  /** {@code sagemaker-geospatial:ExportVectorEnrichmentJob}: Write; on VectorEnrichmentJob. */
  public static final Action EXPORT_VECTOR_ENRICHMENT_JOB = Action.of(PREFIX, "ExportVectorEnrichmentJob");

  /** {@code sagemaker-geospatial:GetEarthObservationJob}: Read; on EarthObservationJob. */
  public static final Action GET_EARTH_OBSERVATION_JOB = Action.of(PREFIX, "GetEarthObservationJob");

  /** {@code sagemaker-geospatial:GetRasterDataCollection}: Read; on RasterDataCollection. */
  public static final Action GET_RASTER_DATA_COLLECTION = Action.of(PREFIX, "GetRasterDataCollection");

  /** {@code sagemaker-geospatial:GetTile}: Read; on EarthObservationJob. */
  public static final Action GET_TILE = Action.of(PREFIX, "GetTile");

  /** {@code sagemaker-geospatial:GetVectorEnrichmentJob}: Read; on VectorEnrichmentJob. */
  public static final Action GET_VECTOR_ENRICHMENT_JOB = Action.of(PREFIX, "GetVectorEnrichmentJob");

  /** {@code sagemaker-geospatial:ListEarthObservationJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EARTH_OBSERVATION_JOBS = Action.of(PREFIX, "ListEarthObservationJobs");

  /** {@code sagemaker-geospatial:ListRasterDataCollections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RASTER_DATA_COLLECTIONS = Action.of(PREFIX, "ListRasterDataCollections");

  /** {@code sagemaker-geospatial:ListTagsForResource}: List; on EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code sagemaker-geospatial:ListVectorEnrichmentJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VECTOR_ENRICHMENT_JOBS = Action.of(PREFIX, "ListVectorEnrichmentJobs");

  /** {@code sagemaker-geospatial:SearchRasterDataCollection}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_RASTER_DATA_COLLECTION = Action.of(PREFIX, "SearchRasterDataCollection");

  /** {@code sagemaker-geospatial:StartEarthObservationJob}: Write; on EarthObservationJob. */
  public static final Action START_EARTH_OBSERVATION_JOB = Action.of(PREFIX, "StartEarthObservationJob");

  /** {@code sagemaker-geospatial:StartVectorEnrichmentJob}: Write; on VectorEnrichmentJob. */
  public static final Action START_VECTOR_ENRICHMENT_JOB = Action.of(PREFIX, "StartVectorEnrichmentJob");

  /** {@code sagemaker-geospatial:StopEarthObservationJob}: Write; on EarthObservationJob. */
  public static final Action STOP_EARTH_OBSERVATION_JOB = Action.of(PREFIX, "StopEarthObservationJob");

  /** {@code sagemaker-geospatial:StopVectorEnrichmentJob}: Write; on VectorEnrichmentJob. */
  public static final Action STOP_VECTOR_ENRICHMENT_JOB = Action.of(PREFIX, "StopVectorEnrichmentJob");

  /** {@code sagemaker-geospatial:TagResource}: Tagging; on EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code sagemaker-geospatial:UntagResource}: Tagging; on EarthObservationJob, RasterDataCollection, VectorEnrichmentJob. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private SagemakerGeospatial() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
