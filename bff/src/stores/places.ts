import type { LatLng } from './geo.ts';

export interface PlaceModel {
  kind: 'DISTRICT' | 'LANDMARK' | 'STORE';
  name: string;
  district: string;
  location: LatLng;
}

/**
 * Well-known Shanghai landmarks a shopper may type when location is refused (WGS-84). Districts and
 * store addresses come from the database; these are the names people use that no address contains.
 */
export const LANDMARKS: readonly PlaceModel[] = [
  { kind: 'LANDMARK', name: '人民广场', district: '黄浦区', location: { lat: 31.2304, lng: 121.4737 } },
  { kind: 'LANDMARK', name: '外滩', district: '黄浦区', location: { lat: 31.2397, lng: 121.4906 } },
  { kind: 'LANDMARK', name: '新天地', district: '黄浦区', location: { lat: 31.2195, lng: 121.4713 } },
  { kind: 'LANDMARK', name: '静安寺', district: '静安区', location: { lat: 31.2235, lng: 121.4456 } },
  { kind: 'LANDMARK', name: '徐家汇', district: '徐汇区', location: { lat: 31.1946, lng: 121.4366 } },
  { kind: 'LANDMARK', name: '中山公园', district: '长宁区', location: { lat: 31.2196, lng: 121.4162 } },
  { kind: 'LANDMARK', name: '陆家嘴', district: '浦东新区', location: { lat: 31.2397, lng: 121.4998 } },
  { kind: 'LANDMARK', name: '五角场', district: '杨浦区', location: { lat: 31.2990, lng: 121.5140 } },
  { kind: 'LANDMARK', name: '虹口足球场', district: '虹口区', location: { lat: 31.2720, lng: 121.4780 } },
  { kind: 'LANDMARK', name: '莘庄地铁站', district: '闵行区', location: { lat: 31.1110, lng: 121.3850 } },
];

export const MAX_PLACES = 20;
