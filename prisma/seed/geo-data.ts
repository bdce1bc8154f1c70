/**
 * Shanghai geography for the seed. Coordinates are WGS-84 (what a phone reports with type 'wgs84'),
 * not the GCJ-02 that Chinese map apps display, so they sit a few hundred metres off a map's labels.
 * Boxes are rough rectangles inside each district's built-up area; they keep generated stores on land.
 */

export interface District {
  name: string;
  /** relative share of generated stores, roughly following population density */
  weight: number;
  latMin: number;
  latMax: number;
  lngMin: number;
  lngMax: number;
  roads: readonly string[];
}

export const DISTRICTS: readonly District[] = [
  { name: '黄浦区', weight: 6, latMin: 31.205, latMax: 31.245, lngMin: 121.465, lngMax: 121.500,
    roads: ['南京东路', '淮海中路', '西藏中路', '复兴中路', '河南南路', '中华路', '陆家浜路', '建国中路', '福州路', '延安东路', '瑞金二路', '徐家汇路'] },
  { name: '静安区', weight: 7, latMin: 31.222, latMax: 31.300, lngMin: 121.437, lngMax: 121.472,
    roads: ['南京西路', '北京西路', '江宁路', '常德路', '新闸路', '愚园路', '共和新路', '大宁路', '广中西路', '万荣路', '汶水路', '延长中路'] },
  { name: '徐汇区', weight: 7, latMin: 31.145, latMax: 31.212, lngMin: 121.410, lngMax: 121.465,
    roads: ['漕溪北路', '衡山路', '肇嘉浜路', '天钥桥路', '宜山路', '虹桥路', '钦州路', '龙华中路', '田林路', '桂林路', '龙耀路', '华山路'] },
  { name: '长宁区', weight: 5, latMin: 31.198, latMax: 31.228, lngMin: 121.360, lngMax: 121.435,
    roads: ['长宁路', '天山路', '仙霞路', '娄山关路', '延安西路', '中山西路', '定西路', '古北路', '水城路', '遵义路', '茅台路'] },
  { name: '普陀区', weight: 6, latMin: 31.232, latMax: 31.278, lngMin: 121.365, lngMax: 121.440,
    roads: ['长寿路', '曹杨路', '武宁路', '中山北路', '真北路', '金沙江路', '光复西路', '铜川路', '梅川路', '大渡河路', '兰溪路'] },
  { name: '虹口区', weight: 5, latMin: 31.252, latMax: 31.295, lngMin: 121.472, lngMax: 121.508,
    roads: ['四川北路', '四平路', '曲阳路', '东大名路', '海宁路', '大连西路', '水电路', '中山北一路', '欧阳路', '邯郸路', '广灵四路'] },
  { name: '杨浦区', weight: 6, latMin: 31.258, latMax: 31.318, lngMin: 121.505, lngMax: 121.552,
    roads: ['淞沪路', '黄兴路', '国权路', '控江路', '长阳路', '平凉路', '政通路', '大连路', '杨树浦路', '五角场路', '国定路', '殷行路'] },
  { name: '浦东新区', weight: 16, latMin: 31.120, latMax: 31.300, lngMin: 121.505, lngMax: 121.700,
    roads: ['世纪大道', '张杨路', '浦东南路', '东方路', '浦东大道', '杨高中路', '龙阳路', '碧波路', '祖冲之路', '川沙路', '锦绣路', '花木路', '金科路', '博山路', '成山路', '上南路', '周浦镇年家浜路'] },
  { name: '闵行区', weight: 10, latMin: 31.030, latMax: 31.175, lngMin: 121.330, lngMax: 121.470,
    roads: ['莘松路', '沪闵路', '七莘路', '虹井路', '吴中路', '春申路', '都市路', '莲花南路', '古美路', '银都路', '江川路', '漕宝路'] },
  { name: '宝山区', weight: 8, latMin: 31.300, latMax: 31.420, lngMin: 121.390, lngMax: 121.495,
    roads: ['牡丹江路', '友谊路', '淞滨路', '长江西路', '水产路', '殷高西路', '呼兰西路', '沪太路', '真华路', '共康路', '美兰湖路'] },
  { name: '嘉定区', weight: 5, latMin: 31.300, latMax: 31.395, lngMin: 121.200, lngMax: 121.300,
    roads: ['城中路', '博乐路', '塔城路', '沪宜公路', '墨玉北路', '白银路', '裕民南路', '清河路'] },
  { name: '松江区', weight: 5, latMin: 30.995, latMax: 31.075, lngMin: 121.190, lngMax: 121.290,
    roads: ['中山中路', '人民北路', '文诚路', '广富林路', '新松江路', '荣乐东路', '三新北路', '九亭大街'] },
  { name: '青浦区', weight: 3, latMin: 31.125, latMax: 31.175, lngMin: 121.090, lngMax: 121.160,
    roads: ['公园路', '城中北路', '外青松公路', '华新镇华腾路', '淀山湖大道', '青安路'] },
  { name: '奉贤区', weight: 3, latMin: 30.895, latMax: 30.945, lngMin: 121.430, lngMax: 121.510,
    roads: ['解放中路', '百齐路', '南桥路', '望园路', '环城东路', '金海路'] },
  { name: '金山区', weight: 2, latMin: 30.715, latMax: 30.760, lngMin: 121.300, lngMax: 121.355,
    roads: ['卫清西路', '蒙山路', '石化龙胜路', '金山大道', '板桥西路'] },
  { name: '崇明区', weight: 1, latMin: 31.610, latMax: 31.640, lngMin: 121.380, lngMax: 121.420,
    roads: ['八一路', '人民路', '东门路', '翠竹路'] },
];

/**
 * How a store is open. '24h' stores have is24h = true and no StoreHours rows at all: the flag is the
 * whole truth, so code must check it before reading hours. Minutes count from local midnight;
 * a close past 1440 runs into the next day.
 */
export type HoursPlan =
  | { kind: '24h' }
  | { kind: 'daily'; open: number; close: number; weekend?: { open: number; close: number } }
  /** open only on the listed weekdays (0 = Sunday) */
  | { kind: 'weekdays'; days: readonly number[]; open: number; close: number };

export interface CuratedStore {
  name: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  hours: HoursPlan;
  polygon?: boolean;
}

const H = (h: number, m = 0) => h * 60 + m;
const ORDINARY: HoursPlan = { kind: 'daily', open: H(8), close: H(22) };
const LONG: HoursPlan = { kind: 'daily', open: H(7), close: H(23), weekend: { open: H(8), close: H(23, 30) } };
const OVERNIGHT: HoursPlan = { kind: 'daily', open: H(7), close: H(26) };

/**
 * The first 36 stores, hand-placed. Store 1 (人民广场) and 2 (南京西路) are the demo stores that the
 * demo staff accounts belong to; store 1 is open around the clock so demos and end-to-end tests work
 * at any hour, store 2 closes at 02:00 and reopens at 07:00.
 */
export const CURATED_STORES: readonly CuratedStore[] = [
  { name: '人民广场店', district: '黄浦区', address: '西藏中路268号', lat: 31.2326, lng: 121.4727, hours: { kind: '24h' } },
  { name: '南京西路店', district: '静安区', address: '南京西路1266号', lat: 31.2283, lng: 121.4505, hours: OVERNIGHT },
  { name: '新天地店', district: '黄浦区', address: '马当路245号', lat: 31.2187, lng: 121.4703, hours: LONG },
  { name: '豫园店', district: '黄浦区', address: '方浜中路265号', lat: 31.2262, lng: 121.4880, hours: ORDINARY, polygon: true },
  { name: '打浦桥店', district: '黄浦区', address: '徐家汇路618号', lat: 31.2070, lng: 121.4660, hours: ORDINARY },
  { name: '静安寺店', district: '静安区', address: '愚园路68号', lat: 31.2235, lng: 121.4437, hours: LONG },
  { name: '江宁路店', district: '静安区', address: '江宁路445号', lat: 31.2350, lng: 121.4500, hours: OVERNIGHT },
  { name: '大宁店', district: '静安区', address: '共和新路1878号', lat: 31.2800, lng: 121.4530, hours: ORDINARY },
  { name: '徐家汇店', district: '徐汇区', address: '漕溪北路88号', lat: 31.1930, lng: 121.4330, hours: { kind: '24h' } },
  { name: '衡山路店', district: '徐汇区', address: '衡山路10号', lat: 31.2040, lng: 121.4400, hours: { kind: 'daily', open: H(9), close: H(27) } },
  { name: '田林店', district: '徐汇区', address: '田林路200号', lat: 31.1720, lng: 121.4240, hours: ORDINARY },
  { name: '徐汇滨江店', district: '徐汇区', address: '龙腾大道2555号', lat: 31.1810, lng: 121.4550, hours: LONG, polygon: true },
  { name: '中山公园店', district: '长宁区', address: '长宁路1018号', lat: 31.2185, lng: 121.4130, hours: OVERNIGHT },
  { name: '古北店', district: '长宁区', address: '水城南路38号', lat: 31.1990, lng: 121.3980, hours: LONG },
  { name: '天山路店', district: '长宁区', address: '天山路789号', lat: 31.2110, lng: 121.3940, hours: ORDINARY },
  { name: '长寿路店', district: '普陀区', address: '长寿路155号', lat: 31.2430, lng: 121.4410, hours: { kind: '24h' } },
  { name: '曹杨店', district: '普陀区', address: '曹杨路1040号', lat: 31.2450, lng: 121.4120, hours: ORDINARY },
  { name: '真如店', district: '普陀区', address: '真北路1200号', lat: 31.2530, lng: 121.3900, hours: LONG },
  { name: '四川北路店', district: '虹口区', address: '四川北路1318号', lat: 31.2590, lng: 121.4820, hours: OVERNIGHT },
  { name: '曲阳店', district: '虹口区', address: '曲阳路600号', lat: 31.2770, lng: 121.4850, hours: ORDINARY },
  { name: '北外滩店', district: '虹口区', address: '东大名路500号', lat: 31.2530, lng: 121.5010, hours: LONG },
  { name: '五角场店', district: '杨浦区', address: '淞沪路8号', lat: 31.3000, lng: 121.5110, hours: { kind: '24h' } },
  { name: '控江路店', district: '杨浦区', address: '控江路1500号', lat: 31.2740, lng: 121.5250, hours: ORDINARY },
  { name: '国权路店', district: '杨浦区', address: '国权路525号', lat: 31.2950, lng: 121.5010, hours: OVERNIGHT },
  // An office-tower store: closed at weekends, the closed-day case for the opening-hours logic.
  { name: '陆家嘴店', district: '浦东新区', address: '陆家嘴环路1000号', lat: 31.2380, lng: 121.4990,
    hours: { kind: 'weekdays', days: [1, 2, 3, 4, 5], open: H(7), close: H(21) } },
  { name: '世纪大道店', district: '浦东新区', address: '世纪大道1192号', lat: 31.2280, lng: 121.5220, hours: { kind: '24h' } },
  { name: '张江店', district: '浦东新区', address: '祖冲之路2290号', lat: 31.2050, lng: 121.5960, hours: LONG, polygon: true },
  { name: '金桥店', district: '浦东新区', address: '金科路4560号', lat: 31.2560, lng: 121.5850, hours: ORDINARY },
  { name: '花木店', district: '浦东新区', address: '锦绣路1001号', lat: 31.2100, lng: 121.5500, hours: LONG },
  { name: '川沙店', district: '浦东新区', address: '川沙路5000号', lat: 31.1900, lng: 121.6950, hours: ORDINARY },
  { name: '莘庄店', district: '闵行区', address: '莘松路958号', lat: 31.1110, lng: 121.3800, hours: { kind: '24h' } },
  // Closed on Mondays (weekday 1) for the weekly deep clean; another closed-day case.
  { name: '七宝店', district: '闵行区', address: '七莘路3655号', lat: 31.1570, lng: 121.3460,
    hours: { kind: 'weekdays', days: [0, 2, 3, 4, 5, 6], open: H(8), close: H(22) } },
  { name: '古美店', district: '闵行区', address: '古美路1200号', lat: 31.1500, lng: 121.3980, hours: ORDINARY },
  { name: '友谊路店', district: '宝山区', address: '友谊路1号', lat: 31.4050, lng: 121.4890, hours: LONG },
  { name: '大华店', district: '宝山区', address: '真华路888号', lat: 31.2790, lng: 121.4130, hours: OVERNIGHT },
  { name: '嘉定城中路店', district: '嘉定区', address: '城中路138号', lat: 31.3840, lng: 121.2500, hours: ORDINARY },
];
