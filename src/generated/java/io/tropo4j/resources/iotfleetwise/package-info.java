// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTFleetWise}: {@link Campaign}, {@link DecoderManifest},
 * {@link Fleet}, {@link ModelManifest}, {@link SignalCatalog}, {@link StateTemplate}, {@link
 * Vehicle}.
 */
package io.tropo4j.resources.iotfleetwise;
